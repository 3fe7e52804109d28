import { render, waitFor } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { App } from '../app/App';
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

/** Renders the whole application at a URL. */
export function renderApp(route = '/') {
  return render(
    <MemoryRouter initialEntries={[route]}>
      <App />
      <LocationProbe />
    </MemoryRouter>,
  );
}

/** Waits until no part of the page is loading any more (every card has its answer). */
export async function settle() {
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull(), { timeout: 3000 });
}
