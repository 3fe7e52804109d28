import { useReferenceData } from '../../api/operations/reference';
import type { SessionUser } from '../../api/types';
import { Card } from '../../components/Card';
import { useT } from '../../i18n';

/** Who you are signed in as, and what that role may see and do. */
export function AccountCard({ user }: { user: SessionUser }) {
  const t = useT();
  const reference = useReferenceData().data;
  const sites = reference?.sites.filter((site) => user.siteIds.includes(site.id)) ?? [];
  return (
    <Card title={t('settings.account.title')}>
      <dl className="facts" data-testid="account">
        <dt>{t('settings.account.name')}</dt>
        <dd>{user.name}</dd>
        <dt>{t('login.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('settings.account.role')}</dt>
        <dd>
          {t(`role.${user.role}`)}
          <span className="secondary-text"> · {t(`role.${user.role}.help`)}</span>
        </dd>
        <dt>{t('settings.account.organization')}</dt>
        <dd>{reference?.organization.name ?? user.organization}</dd>
        {user.role === 'SITE_MANAGER' ? (
          <>
            <dt>{t('settings.account.sites')}</dt>
            <dd>{sites.length ? sites.map((site) => `${site.name} (${site.code})`).join(', ') : t('settings.users.noSites')}</dd>
          </>
        ) : null}
      </dl>
      <p className="secondary-text">{t('settings.account.passwordHelp')}</p>
    </Card>
  );
}
