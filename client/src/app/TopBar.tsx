import { useLocation } from 'react-router-dom';
import { CurrentUser } from '../features/auth/CurrentUser';
import { LanguageSwitcher, useT } from '../i18n';
import { findNavEntry } from './navigation';

export function TopBar() {
  const t = useT();
  const entry = findNavEntry(useLocation().pathname);
  return (
    <header className="topbar">
      <p className="topbar__trail">
        {entry ? (
          <>
            <span className="topbar__section">{t(entry.group.label)}</span>
            <span aria-hidden="true" className="topbar__separator">
              /
            </span>
            <span className="topbar__page">{t(`nav.${entry.page}`)}</span>
          </>
        ) : null}
      </p>
      <div className="topbar__actions">
        <LanguageSwitcher />
        <CurrentUser />
      </div>
    </header>
  );
}
