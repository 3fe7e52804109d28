import { fireEvent, screen, within } from '@testing-library/react';
import { summaryData } from '../../test/dashboardFixtures';
import { mockGraphQL } from '../../test/graphqlMock';
import { dashboardHandlers } from '../../test/handlers';
import { renderApp, settle } from '../../test/render';

describe('OverviewPage', () => {
  it('shows the ten headline tiles, each opening its records with the same filters', async () => {
    mockGraphQL(dashboardHandlers());
    renderApp('/?channels=CHAT');
    const tiles = await screen.findAllByTestId('summary-tile');
    expect(tiles.map((tile) => tile.getAttribute('data-metric'))).toEqual(['CSAT', 'DSAT', 'NPS', 'CES', 'RESOLVED', 'SERVICE_LEVEL', 'ASA', 'AHT', 'ABANDON_RATE', 'FCR']);
    expect(within(tiles[1]).getByRole('link').getAttribute('href')).toBe('/responses?channels=CHAT&score=dsat&lang=en');
    expect(within(tiles[6]).getByRole('link').getAttribute('href')).toBe('/responses?channels=CHAT&kind=kpis&lang=en');
    await settle();
  });

  it('lists the significant changes, organization first', async () => {
    mockGraphQL(dashboardHandlers());
    renderApp('/');
    await settle();
    const alerts = within(screen.getByTestId('alerts')).getAllByTestId('alert');
    expect(alerts[0].textContent).toContain('Organization · CSAT');
  });

  it('says what went wrong, and retries', async () => {
    mockGraphQL(dashboardHandlers({ Summary: { errors: ['filter.to: 2026-13-01 is not a date'] } }));
    renderApp('/');
    await settle();
    expect(screen.getAllByRole('alert')[0].textContent).toContain('filter.to: 2026-13-01 is not a date');
  });

  it('offers a wider period when the period holds no data', async () => {
    const empty = summaryData();
    empty.summary.tiles = empty.summary.tiles.map((tile) => ({ ...tile, n: 0, value: null }));
    mockGraphQL(dashboardHandlers({ Summary: empty }));
    renderApp('/');
    fireEvent.click(await screen.findByRole('button', { name: 'Show the last 90 days' }));
    expect(screen.getByTestId('location').textContent).toBe('/?lang=en&range=90d');
    await settle();
  });
});
