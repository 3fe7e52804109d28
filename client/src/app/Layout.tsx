import { Outlet, useLocation } from 'react-router-dom';
import { FilterBar } from '../filters/FilterBar';
import { useT } from '../i18n';
import { findNavEntry } from './navigation';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';

export function Layout() {
  const t = useT();
  const entry = findNavEntry(useLocation().pathname);
  // The analysis pages share one filter bar; Data and the API explorer have no use for it.
  const filtered = entry?.group.label === 'nav.group.insights';
  return (
    <div className="app-shell">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <SideNav />
      <div className="app-shell__content">
        <TopBar />
        {filtered ? <FilterBar /> : null}
        <main id="main" className="page" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
