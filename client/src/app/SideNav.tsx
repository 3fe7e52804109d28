import { Link, NavLink, useSearchParams } from 'react-router-dom';
import { Icon } from '../components/Icon';
import { sharedSearch } from '../filters/filterParams';
import { useT } from '../i18n';
import { Logo } from './Logo';
import { useCurrentUser } from '../features/auth/useCurrentUser';
import { navGroupsFor } from './navigation';
import { paths } from './paths';

export function SideNav() {
  const t = useT();
  // Filters and language travel with navigation: every page shows the same slice of data.
  const search = sharedSearch(useSearchParams()[0]);
  const groups = navGroupsFor(useCurrentUser()?.role);
  return (
    <aside className="sidebar">
      <Link to={{ pathname: paths.overview, search }} className="brand">
        <Logo />
        <span className="brand__name">{t('app.name')}</span>
      </Link>
      <nav aria-label={t('nav.label')} className="sidenav">
        {groups.map((group) => (
          <div key={group.label} className="sidenav__group">
            <p className="sidenav__group-label">{t(group.label)}</p>
            <ul>
              {group.pages.map((page) => (
                <li key={page}>
                  <NavLink
                    to={{ pathname: paths[page], search }}
                    end={paths[page] === '/'}
                    className={({ isActive }) => (isActive ? 'sidenav__link is-active' : 'sidenav__link')}
                  >
                    <Icon name={page} />
                    <span>{t(`nav.${page}`)}</span>
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <p className="sidebar__footer">{t('app.tagline')}</p>
    </aside>
  );
}
