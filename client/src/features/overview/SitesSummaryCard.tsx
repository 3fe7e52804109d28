import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { QueryResult } from '../../api/useQuery';
import { paths } from '../../app/paths';
import { Card } from '../../components/Card';
import { ErrorState } from '../../components/ErrorState';
import { Icon } from '../../components/Icon';
import { Skeleton } from '../../components/Skeleton';
import { useLocale, useT } from '../../i18n';
import { SitesEmptyState } from '../sites/SitesEmptyState';
import { sortSiteRows, toSiteRows } from '../sites/siteRows';
import type { Site, SitesQuery } from '../sites/useSites';

const LISTED = 5;

/** The organization's sites at a glance: how many, how many active, and the first few by name. */
export function SitesSummaryCard({ result }: { result: QueryResult<SitesQuery> }) {
  const t = useT();
  const { data, error, refetch } = result;
  let body;
  if (error) body = <ErrorState error={error} onRetry={refetch} compact />;
  else if (!data) body = <SummarySkeleton label={t('sites.loading')} />;
  else if (data.sites.length === 0) body = <SitesEmptyState compact />;
  else body = <SiteSummary sites={data.sites} />;

  const viewAll = (
    <Link to={paths.sites} className="card__link">
      {t('overview.sites.viewAll')}
      <Icon name="arrowRight" size={14} />
    </Link>
  );
  return (
    <Card title={t('overview.sites.title')} action={data?.sites.length ? viewAll : undefined}>
      {body}
    </Card>
  );
}

function SiteSummary({ sites }: { sites: readonly Site[] }) {
  const t = useT();
  const { locale } = useLocale();
  const [now] = useState(() => new Date());
  const rows = useMemo(
    () => sortSiteRows(toSiteRows(sites, locale, now), { column: 'name', direction: 'asc' }, locale).slice(0, LISTED),
    [sites, locale, now],
  );
  const active = sites.filter((site) => site.active).length;
  return (
    <>
      <p className="stat">
        <span className="stat__value">{t('sites.count', { count: sites.length })}</span>
        <span className="stat__detail">{t('sites.activeCount', { active })}</span>
      </p>
      <ul className="site-list">
        {rows.map(({ site, countryName, offsetLabel }) => (
          <li key={site.id} className="site-list__item">
            <span className="site-list__name">
              {site.name} <span className="code">{site.code}</span>
            </span>
            <span className="secondary-text">
              {[site.city, countryName ?? site.country, offsetLabel].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function SummarySkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true">
      <p role="status" className="visually-hidden">
        {label}
      </p>
      {['40%', '90%', '80%', '85%'].map((width, index) => (
        <p key={index} className="skeleton-line">
          <Skeleton width={width} />
        </p>
      ))}
    </div>
  );
}
