import { fireEvent, screen, within } from '@testing-library/react';
import { mockGraphQL } from '../../test/graphqlMock';
import { dashboardHandlers } from '../../test/handlers';
import { renderApp, settle } from '../../test/render';

describe('DriversPage', () => {
  it('explains the model and lists the drivers left out, with their reasons', async () => {
    mockGraphQL(dashboardHandlers());
    renderApp('/drivers');
    await settle();
    expect(screen.getByText('Standardised coefficients of one multiple regression; R² = 0.58, n = 136 unit-periods')).toBeTruthy();
    expect(within(screen.getByTestId('excluded-drivers')).getByTestId('excluded-driver').textContent).toBe('Sales conversion n = 3fewer than 10 observations');
    const items = within(screen.getByTestId('item-separation')).getAllByTestId('item-row');
    expect(items[0].textContent).toContain('Acknowledged the concern');
    expect(items[0].textContent).toContain('+31 pts');
  });

  it('plots the top driver against the target, and another on request', async () => {
    const calls = mockGraphQL(dashboardHandlers());
    renderApp('/drivers');
    await settle();
    expect(screen.getByRole('heading', { name: 'Average speed of answer against CSAT' })).toBeTruthy();
    fireEvent.change(screen.getByTestId('driver-select'), { target: { value: 'MYSTERY_SCORE' } });
    expect(screen.getByRole('heading', { name: 'Mystery-shop score against CSAT' })).toBeTruthy();
    fireEvent.change(screen.getByTestId('driver-target'), { target: { value: 'NPS' } });
    await settle();
    expect(calls.at(-1)?.variables).toMatchObject({ target: 'NPS', unit: 'SITE', granularity: 'WEEK' });
  });
});
