import { useRoutes } from 'react-router-dom';
import { I18nProvider } from '../i18n';
import { appRoutes } from './routes';

/** The application inside a router (BrowserRouter in main.tsx, MemoryRouter in tests). */
export function App() {
  return <I18nProvider>{useRoutes(appRoutes)}</I18nProvider>;
}
