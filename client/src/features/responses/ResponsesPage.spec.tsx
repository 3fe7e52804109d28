import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockGraphQL } from '../../test/graphqlMock';
import { dashboardHandlers } from '../../test/handlers';
import { renderApp, settle } from '../../test/render';

describe('ResponsesPage', () => {
  it('lists verbatims in site-local time, marking unhappy customers in words', async () => {
    mockGraphQL(dashboardHandlers());
    renderApp('/responses?range=custom&from=2026-11-01&to=2026-11-30');
    await settle();
    const rows = screen.getAllByTestId('response-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('Detractor')).toBeTruthy();
    expect(rows[0].className).toBe('is-unhappy');
    expect(rows[0].textContent).toContain('Nov 10, 11:00');
    expect(rows[0].textContent).toContain('GMT+8');
    expect(rows[1].className).toBe('');
  });

  it('sends the page filters with the dashboard window, and searches after a pause', async () => {
    const calls = mockGraphQL(dashboardHandlers());
    renderApp('/responses?range=custom&from=2026-11-01&to=2026-11-30&countries=PH&score=dsat');
    await settle();
    expect(calls.find((c) => c.operation === 'Responses')?.variables).toMatchObject({
      first: 25,
      after: null,
      filter: { from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z', siteIds: ['4'], csatMax: 2 },
    });
    fireEvent.change(screen.getByLabelText('Search the comments'), { target: { value: 'refund' } });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toContain('q=refund'));
    await settle();
    expect(calls.filter((c) => c.operation === 'Responses').at(-1)?.variables.filter).toMatchObject({ search: 'refund' });
  });

  it('switches to evaluations and KPI intervals, keeping the filters', async () => {
    const calls = mockGraphQL(dashboardHandlers());
    renderApp('/responses?sites=6');
    await settle();
    fireEvent.click(screen.getByRole('link', { name: 'KPI intervals' }));
    await settle();
    expect(screen.getByTestId('location').textContent).toBe('/responses?sites=6&lang=en&kind=kpis');
    expect(calls.at(-1)).toMatchObject({ operation: 'KpiIntervals', variables: { filter: { siteIds: ['6'] } } });
    expect(screen.getByText('No records match.')).toBeTruthy();
  });
});
