import { render, waitFor } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { App } from '../app/App';
import type { SessionUser } from '../api/types';
import { I18nProvider } from '../i18n';

/** Shows the router's current URL, so a test can assert on the `lang` search parameter. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** Renders a component as the app would: inside a router and the i18n provider. */
export function renderWithProviders(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  // A wrapper (not a wrapped element) so that `rerender` keeps the providers.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[route]}>
      <I18nProvider>{children}</I18nProvider>
    </MemoryRouter>
  );
  return render(ui, { wrapper });
}

/** An administrator of the fixtures' organization, the user of most component tests. */
export const ADMIN: SessionUser = { id: '1', email: 'ada@northwind.example', name: 'Ada Admin', role: 'ADMIN', organization: 'demo', siteIds: [] };

export function userOf(role: SessionUser['role'], extra: Partial<SessionUser> = {}): SessionUser {
  return { ...ADMIN, id: '2', email: `${role.toLowerCase()}@northwind.example`, name: `Test ${role}`, role, ...extra };
}

/**
 * Renders the whole application at a URL, signed in as `user` (an admin by default); `null`:
 * signed out; `'server'`: as the app does, asking GET /api/auth/me.
 */
export function renderApp(route = '/', { user = ADMIN }: { user?: SessionUser | null | 'server' } = {}) {
  return render(
    <MemoryRouter initialEntries={[route]}>
      <App initialUser={user === 'server' ? undefined : user} />
      <LocationProbe />
    </MemoryRouter>,
  );
}

/** Waits until no part of the page is loading any more (every card has its answer). */
export async function settle() {
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull(), { timeout: 3000 });
}
