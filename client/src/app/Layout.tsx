import { Outlet } from 'react-router-dom';
import { useT } from '../i18n';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';

export function Layout() {
  const t = useT();
  return (
    <div className="app-shell">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <SideNav />
      <div className="app-shell__content">
        <TopBar />
        <main id="main" className="page" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
