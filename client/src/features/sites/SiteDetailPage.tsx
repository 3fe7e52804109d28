import { useSummary } from '../../api/operations/summary';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { SummaryTiles } from '../overview/SummaryTiles';
import { ChannelMixCard } from './ChannelMixCard';
import { KpiVsVocCard } from './KpiVsVocCard';
import { PeerComparisonCard } from './PeerComparisonCard';
import { SiteHeader } from './SiteHeader';
import { SiteTrendCard } from './SiteTrendCard';
import { SitesEmptyState } from './SitesEmptyState';
import { useSiteScope } from './useSiteScope';
import { useFilters } from '../../filters/useFilters';

/** One site: its tiles, trend against the organization, channel mix, KPIs against VOC, and its peers. */
export function SiteDetailPage() {
  const t = useT();
  const { site, siteId, reference, siteFilter, siteFilters, compareTo } = useSiteScope();
  const { setFilters } = useFilters();
  const summary = useSummary({ filter: siteFilter, measures: null, compareTo });

  if (reference.error) return <ErrorState error={reference.error} onRetry={reference.refetch} />;
  if (!reference.data) return <PageHeader title={t('nav.sites')} description={t('common.loading')} />;
  if (!reference.data.sites.length) return <SitesEmptyState />;
  if (!site) {
    return (
      <>
        <PageHeader title={t('sites.detail.notFound')} description={t('sites.detail.notFoundBody', { id: siteId })} />
        <div className="card">
          <EmptyState icon="sites" title={t('sites.detail.notFound')}>
            <p>{t('sites.detail.notFoundBody', { id: siteId })}</p>
          </EmptyState>
        </div>
      </>
    );
  }
  return (
    <>
      <SiteHeader site={site} />
      <SummaryTiles result={summary} filters={siteFilters} onWiden={() => setFilters({ range: '90d' })} />
      <SiteTrendCard site={site} />
      <div className="grid grid--2">
        <ChannelMixCard site={site} />
        <KpiVsVocCard site={site} />
      </div>
      <PeerComparisonCard site={site} />
    </>
  );
}
