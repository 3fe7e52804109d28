import { useRoutes } from 'react-router-dom';
import type { SessionUser } from '../api/types';
import { SessionProvider } from '../features/auth/SessionProvider';
import { I18nProvider } from '../i18n';
import { appRoutes } from './routes';

/**
 * The application inside a router (BrowserRouter in main.tsx, MemoryRouter in tests). The
 * signed-in user is asked of the server on load, unless `initialUser` gives it (tests).
 */
export function App({ initialUser }: { initialUser?: SessionUser | null }) {
  return (
    <I18nProvider>
      <SessionProvider initialUser={initialUser}>{useRoutes(appRoutes)}</SessionProvider>
    </I18nProvider>
  );
}
