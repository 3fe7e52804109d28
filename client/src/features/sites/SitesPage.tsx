import { useState } from 'react';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { SitesEmptyState } from './SitesEmptyState';
import { SitesTable } from './SitesTable';
import { SitesTableSkeleton } from './SitesTableSkeleton';
import { SitesToolbar } from './SitesToolbar';
import { useSites } from './useSites';

export function SitesPage() {
  const t = useT();
  const { data, error, refetch } = useSites();
  const [filter, setFilter] = useState('');

  let content;
  if (error) {
    content = <ErrorState error={error} onRetry={refetch} />;
  } else if (!data) {
    content = <SitesTableSkeleton />;
  } else if (data.sites.length === 0) {
    content = <SitesEmptyState />;
  } else {
    content = (
      <>
        <SitesToolbar sites={data.sites} filter={filter} onFilterChange={setFilter} />
        <SitesTable
          sites={data.sites}
          caption={t('sites.caption', { organization: data.organization.name })}
          filter={filter}
          onClearFilter={() => setFilter('')}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        eyebrow={data?.organization.name}
        title={t('nav.sites')}
        description={t('page.sites.description')}
      />
      <div className="card card--flush">
        {content}
      </div>
    </>
  );
}
