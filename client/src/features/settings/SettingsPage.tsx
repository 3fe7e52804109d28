import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { settingsTabs, type SettingsTab } from '../auth/permissions';
import { useCurrentUser } from '../auth/useCurrentUser';
import { AccountCard } from './AccountCard';
import { ApiTokensTab } from './ApiTokensTab';
import { AuditLogCard } from './AuditLogCard';
import { UsersTab } from './UsersTab';

/** The account, API tokens and, for admins, users and the audit log; one tab each, the tab in the URL. */
export function SettingsPage() {
  const t = useT();
  const user = useCurrentUser();
  const [params] = useSearchParams();
  if (!user) return null;
  const tabs = settingsTabs(user.role);
  const fallback: SettingsTab = tabs.includes('tokens') ? 'tokens' : 'account';
  const asked = params.get('tab') as SettingsTab | null;
  const tab = asked && tabs.includes(asked) ? asked : fallback;
  const tabHref = (next: SettingsTab) => {
    const search = new URLSearchParams(params);
    for (const name of ['tab', 'action']) search.delete(name);
    if (next !== fallback) search.set('tab', next);
    return `?${search.toString()}`;
  };
  return (
    <>
      <PageHeader title={t('nav.settings')} description={t('page.settings.description')} />
      <nav className="tabs" aria-label={t('settings.sections')}>
        {tabs.map((id) => (
          <Link key={id} to={tabHref(id)} className={id === tab ? 'tabs__tab is-active' : 'tabs__tab'} aria-current={id === tab ? 'page' : undefined}>
            {t(`settings.tab.${id}`)}
          </Link>
        ))}
      </nav>
      {tab === 'account' ? <AccountCard user={user} /> : null}
      {tab === 'tokens' ? <ApiTokensTab role={user.role} /> : null}
      {tab === 'users' ? <UsersTab currentUserId={user.id} /> : null}
      {tab === 'audit' ? <AuditLogCard /> : null}
    </>
  );
}
