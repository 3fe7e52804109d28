import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockGraphQL } from '../test/graphqlMock';
import { dashboardHandlers } from '../test/handlers';
import { renderApp, settle, userOf } from '../test/render';

describe('App shell', () => {
  beforeEach(() => mockGraphQL(dashboardHandlers()));

  it('has a main navigation of links that carry the filters, marking the current page', async () => {
    renderApp('/sites?sites=4&compare=none');
    await screen.findAllByTestId('site-row');
    await settle();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Overview', '/?sites=4&compare=none&lang=en'],
      ['Sites', '/sites?sites=4&compare=none&lang=en'],
      ['Channels', '/channels?sites=4&compare=none&lang=en'],
      ['VOP vs VOC', '/vop-vs-voc?sites=4&compare=none&lang=en'],
      ['Drivers', '/drivers?sites=4&compare=none&lang=en'],
      ['Responses', '/responses?sites=4&compare=none&lang=en'],
      ['Data', '/data?sites=4&compare=none&lang=en'],
      ['API explorer', '/explorer?sites=4&compare=none&lang=en'],
      ['Settings', '/settings?sites=4&compare=none&lang=en'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Sites' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('main')).toBeTruthy();
  });

  it.each([
    ['/', 'Overview'],
    ['/sites', 'Sites'],
    ['/channels', 'Channels'],
    ['/vop-vs-voc', 'VOP vs VOC'],
    ['/drivers', 'Drivers'],
    ['/responses', 'Responses'],
    ['/data', 'Data'],
  ])('renders %s as a titled page, with every card loaded', async (route, title) => {
    renderApp(route);
    expect(within(screen.getByRole('main')).getByRole('heading', { level: 1 }).textContent).toBe(title);
    await settle();
    expect(screen.queryAllByRole('alert')).toEqual([]);
  });

  it('shows the filter bar on the analysis pages only', async () => {
    const { unmount } = renderApp('/channels');
    expect(screen.getByRole('region', { name: 'Filters' })).toBeTruthy();
    await settle();
    unmount();
    renderApp('/data');
    expect(screen.queryByRole('region', { name: 'Filters' })).toBeNull();
    await settle();
  });

  it('answers an unknown address with a not-found page', async () => {
    renderApp('/nowhere');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
    await settle();
  });

  it('sends a signed-out visitor to the sign-in page, asking it to come back', async () => {
    renderApp('/sites?range=7d', { user: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to cxlens' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/login?next=%2Fsites%3Frange%3D7d%26lang%3Den&lang=en');
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
  });

  it("hides the Data page from a site manager's navigation and tells them if they open it", async () => {
    renderApp('/data', { user: userOf('SITE_MANAGER', { siteIds: ['4'] }) });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const labels = within(nav).getAllByRole('link').map((link) => link.textContent);
    expect(labels).not.toContain('Data');
    expect(labels).toContain('Settings');
    expect(screen.getByRole('heading', { level: 2, name: 'Not available to your role' })).toBeTruthy();
    await settle();
  });

  it('shows the import history read-only to a director, without the upload form', async () => {
    renderApp('/data', { user: userOf('DIRECTOR') });
    await settle();
    expect(screen.getByTestId('imports-read-only').textContent).toContain('Administrators run the imports');
    expect(screen.queryByTestId('upload-file')).toBeNull();
    expect(screen.getByTestId('import-history')).toBeTruthy();
  });

  it('names the signed-in user, role and organization in the top bar, with Settings and Sign out in its menu', async () => {
    const signOut = jest.fn(() => ({ body: { ok: true } }));
    mockGraphQL(dashboardHandlers(), { '/api/auth/logout': signOut });
    document.cookie = 'cxlens_csrf=csrf-7';
    renderApp('/channels', { user: userOf('ANALYST', { name: 'Ana Analyst' }) });
    await settle();
    const menuButton = within(screen.getByTestId('current-user')).getByRole('button', { name: /Ana Analyst/ });
    expect(menuButton.textContent).toContain('Analyst · Northwind Contact Services');
    fireEvent.click(menuButton);
    expect(within(screen.getByTestId('current-user')).getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('/settings?lang=en');
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in to cxlens' });
    expect(signOut).toHaveBeenCalledWith(expect.objectContaining({ method: 'POST', headers: expect.objectContaining({ 'x-csrf-token': 'csrf-7' }) }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/login?lang=en'));
  });
});
