import { screen } from '@testing-library/react';
import { mockGraphQL } from '../../test/graphqlMock';
import { dashboardHandlers } from '../../test/handlers';
import { ADMIN, renderApp, settle } from '../../test/render';

describe('SessionProvider', () => {
  it('asks the server who is signed in, and shows the page to them', async () => {
    document.cookie = 'cxlens_csrf=c1';
    const me = jest.fn(() => ({ body: ADMIN }));
    mockGraphQL(dashboardHandlers(), { '/api/auth/me': me });
    renderApp('/sites', { user: 'server' });
    expect(screen.getByText('Loading…')).toBeTruthy();
    await screen.findByRole('heading', { level: 1, name: 'Sites' });
    expect(screen.getByTestId('current-user').textContent).toContain('Ada Admin');
    expect(me).toHaveBeenCalledTimes(1);
    await settle();
  });

  it('asks nothing without the CSRF cookie: there is no session to ask about', async () => {
    const me = jest.fn(() => ({ body: ADMIN }));
    mockGraphQL(dashboardHandlers(), { '/api/auth/me': me });
    renderApp('/sites', { user: 'server' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in to cxlens' });
    expect(me).not.toHaveBeenCalled();
  });

  it('renews an expired session on load, and signs out when it cannot', async () => {
    document.cookie = 'cxlens_csrf=c1';
    const refresh = jest.fn(() => ({ status: 401, body: { message: 'The session has ended; sign in again.' } }));
    mockGraphQL(dashboardHandlers(), { '/api/auth/me': () => ({ status: 401, body: { message: 'Sign in first' } }), '/api/auth/refresh': refresh });
    renderApp('/channels?range=7d', { user: 'server' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in to cxlens' });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('location').textContent).toContain('/login?next=%2Fchannels%3Frange%3D7d');
  });

  it('goes to the sign-in page when a query finds the session over and it cannot be renewed', async () => {
    document.cookie = 'cxlens_csrf=c1';
    const unauthenticated = { errors: ['Sign in first'] };
    mockGraphQL(
      { ...dashboardHandlers(), Summary: unauthenticated },
      { '/api/auth/refresh': () => ({ status: 401, body: {} }) },
    );
    // The mock's errors carry no code; the HTTP 401 of the refresh decides. Make the GraphQL answer say UNAUTHENTICATED:
    const fetch = globalThis.fetch as jest.Mock;
    const base = fetch.getMockImplementation()!;
    fetch.mockImplementation(async (url: string, init?: RequestInit) => {
      if (url === '/graphql' && String(init?.body).includes('query Summary')) {
        return { ok: true, status: 200, text: async () => JSON.stringify({ errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }) } as Response;
      }
      return base(url, init);
    });
    renderApp('/?range=30d', { user: ADMIN });
    await screen.findByRole('heading', { level: 1, name: 'Sign in to cxlens' });
    expect(screen.getByTestId('location').textContent).toContain('/login?next=%2F%3Frange%3D30d');
  });
});
