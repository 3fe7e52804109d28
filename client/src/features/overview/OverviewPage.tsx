import { useReferenceData } from '../../api/operations/reference';
import { useSummary } from '../../api/operations/summary';
import { PageHeader } from '../../components/PageHeader';
import { useFilters } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { AlertsCard } from './AlertsCard';
import { ChannelBreakdownCard } from './ChannelBreakdownCard';
import { SummaryTiles } from './SummaryTiles';
import { TopBottomSitesCard } from './TopBottomSitesCard';
import { TrendCard } from './TrendCard';

export function OverviewPage() {
  const t = useT();
  const organization = useReferenceData().data?.organization;
  const { filters, metricFilter, compareTo, setFilters } = useFilters();
  const summary = useSummary({ filter: metricFilter, measures: null, compareTo });
  return (
    <>
      <PageHeader eyebrow={organization?.name} title={t('nav.overview')} description={t('page.overview.description')} />
      <SummaryTiles result={summary} filters={filters} onWiden={() => setFilters({ range: '90d' })} />
      <div className="grid grid--2-1">
        <TrendCard />
        <AlertsCard summary={summary} />
      </div>
      <div className="grid grid--3-2">
        <ChannelBreakdownCard />
        <TopBottomSitesCard />
      </div>
    </>
  );
}
