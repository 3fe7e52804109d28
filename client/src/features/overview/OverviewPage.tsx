import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { useSites } from '../sites/useSites';
import { GettingStartedCard } from './GettingStartedCard';
import { SitesSummaryCard } from './SitesSummaryCard';

export function OverviewPage() {
  const t = useT();
  const sites = useSites();
  return (
    <>
      <PageHeader
        eyebrow={sites.data?.organization.name}
        title={t('nav.overview')}
        description={t('page.overview.description')}
      />
      <div className="overview-grid">
        <SitesSummaryCard result={sites} />
        <GettingStartedCard />
      </div>
    </>
  );
}
