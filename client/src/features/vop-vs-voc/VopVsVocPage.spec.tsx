import { fireEvent, screen, within } from '@testing-library/react';
import { mockGraphQL } from '../../test/graphqlMock';
import { dashboardHandlers } from '../../test/handlers';
import { renderApp, settle } from '../../test/render';

describe('VopVsVocPage', () => {
  it('lists the units by the size of their gap, naming each quadrant in words', async () => {
    mockGraphQL(dashboardHandlers());
    renderApp('/vop-vs-voc');
    await settle();
    const rows = within(screen.getByTestId('gap-table')).getAllByTestId('gap-row');
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Manila Ortigas',
      'Bogotá Chapinero',
      'Cairo Smart Village',
      'Kraków Zabłocie',
      'Porto Tiny',
    ]);
    expect(rows[0].textContent).toContain('Blind spot');
    expect(rows[1].textContent).toContain('Hidden strength');
    expect(rows[4].textContent).toContain('Insufficient data');
    expect(screen.getByTestId('legend-BLIND_SPOT').textContent).toBe('▲Blind spot (1)');
    expect(screen.getByTestId('vop-correlation').textContent).toBe('Across units: Pearson r = +0.12 (p = 0.78, n = 4) · Spearman ρ = +0.20 (p = 0.80)');
  });

  it('follows a unit over time when chosen, with the lagged correlation', async () => {
    const calls = mockGraphQL(dashboardHandlers());
    renderApp('/vop-vs-voc?vop=QA_SCORE');
    await settle();
    expect(screen.getByRole('heading', { name: 'Choose a unit to follow' })).toBeTruthy();
    fireEvent.click(within(screen.getByTestId('vop-series')).getByRole('button', { name: /Manila Ortigas/ }));
    await settle();
    expect(screen.getByTestId('location').textContent).toBe('/vop-vs-voc?vop=QA_SCORE&lang=en&focus=4');
    expect(calls.at(-1)?.variables).toMatchObject({ unit: 'SITE', vop: 'QA_SCORE', voc: 'CSAT', granularity: 'WEEK', focusUnit: '4' });
    expect(screen.getByRole('heading', { name: 'Both voices over time: Manila Ortigas' })).toBeTruthy();
    expect(screen.getAllByTestId('lag-row')).toHaveLength(3);
    expect(screen.getByTestId('lag-verdict').textContent).toBe(
      'The strongest significant link (r = +0.72) is with the process 1 week ahead: process changes seem to lead the customers’ view.',
    );
  });

  it('changes the unit and the voices from its pickers', async () => {
    const calls = mockGraphQL(dashboardHandlers());
    renderApp('/vop-vs-voc?focus=4');
    await settle();
    fireEvent.change(screen.getByTestId('vop-unit'), { target: { value: 'SITE_CHANNEL' } });
    fireEvent.change(screen.getByTestId('voc-metric'), { target: { value: 'NPS' } });
    await settle();
    expect(calls.at(-1)?.variables).toMatchObject({ unit: 'SITE_CHANNEL', voc: 'NPS', focusUnit: null });
  });

  it("says what went wrong when the server cannot answer", async () => {
    mockGraphQL(dashboardHandlers({ VopVsVoc: { errors: ['Cannot query field "vopVsVoc" on type "Query".'] } }));
    renderApp('/vop-vs-voc');
    await settle();
    expect(screen.getAllByRole('alert')[0].textContent).toContain('Cannot query field "vopVsVoc"');
  });
});
