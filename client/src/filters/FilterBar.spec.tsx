import { fireEvent, screen, within } from '@testing-library/react';
import { mockGraphQL } from '../test/graphqlMock';
import { dashboardHandlers } from '../test/handlers';
import { renderApp, settle } from '../test/render';

const location = () => screen.getByTestId('location').textContent ?? '';
const params = () => new URLSearchParams(location().split('?')[1]);

describe('FilterBar', () => {
  it('shows the filters a shared URL names', async () => {
    mockGraphQL(dashboardHandlers());
    renderApp('/channels?range=custom&from=2026-10-01&to=2026-10-31&sites=4,6&channels=CHAT&compare=yoy&lang=en');
    const bar = screen.getByRole('region', { name: 'Filters' });
    await settle();
    expect((within(bar).getByLabelText('Period') as HTMLSelectElement).value).toBe('custom');
    expect((within(bar).getByLabelText('First day') as HTMLInputElement).value).toBe('2026-10-01');
    expect((within(bar).getByLabelText('Last day') as HTMLInputElement).value).toBe('2026-10-31');
    expect(within(bar).getByRole('button', { name: /Sites 2 selected/ })).toBeTruthy();
    expect(within(bar).getByRole('button', { name: /Channels Chat/ })).toBeTruthy();
    expect((within(bar).getByLabelText('Compare with') as HTMLSelectElement).value).toBe('yoy');
    expect(within(bar).getByTestId('period').textContent).toBe('Oct 1, 2026 – Oct 31, 2026');
  });

  it('writes each change to the URL, and the queries follow it', async () => {
    const calls = mockGraphQL(dashboardHandlers());
    renderApp('/channels');
    const bar = screen.getByRole('region', { name: 'Filters' });
    await settle();

    fireEvent.change(within(bar).getByLabelText('Period'), { target: { value: '90d' } });
    expect(params().get('range')).toBe('90d');

    fireEvent.click(within(bar).getByRole('button', { name: /Sites All/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Manila Ortigas/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Kraków Zabłocie/ }));
    expect(params().get('sites')).toBe('2,4');
    // Escape closes the list and gives the focus back to its button.
    fireEvent.keyDown(screen.getByRole('group', { name: 'Sites' }), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Sites' })).toBeNull();
    expect(document.activeElement).toBe(within(bar).getByRole('button', { name: /Sites 2 selected/ }));

    fireEvent.change(within(bar).getByLabelText('Compare with'), { target: { value: 'none' } });
    expect(params().get('compare')).toBe('none');
    await settle();

    const last = calls.filter((c) => c.operation === 'Metrics').at(-1)!;
    expect(last.variables.filter).toMatchObject({ siteIds: ['2', '4'] });
    expect(last.variables.compareTo).toBeNull();
  });

  it('round-trips: the URL a change produced opens the same view', async () => {
    mockGraphQL(dashboardHandlers());
    const first = renderApp('/sites');
    const bar = screen.getByRole('region', { name: 'Filters' });
    await settle();
    fireEvent.change(within(bar).getByLabelText('Period'), { target: { value: 'custom' } });
    fireEvent.change(within(bar).getByLabelText('First day'), { target: { value: '2026-09-01' } });
    fireEvent.click(within(bar).getByRole('button', { name: /Programs All/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Retail banking/ }));
    const shared = location();
    await settle();
    first.unmount();

    renderApp(shared);
    const again = screen.getByRole('region', { name: 'Filters' });
    expect((within(again).getByLabelText('Period') as HTMLSelectElement).value).toBe('custom');
    expect((within(again).getByLabelText('First day') as HTMLInputElement).value).toBe('2026-09-01');
    await settle();
    expect(within(again).getByRole('button', { name: /Programs Retail banking/ })).toBeTruthy();
    expect(location()).toBe(shared);
  });

  it('resets every filter at once', async () => {
    mockGraphQL(dashboardHandlers());
    renderApp('/?range=7d&channels=SMS&metric=NPS');
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(location()).toBe('/?metric=NPS&lang=en');
    await settle();
  });
});
