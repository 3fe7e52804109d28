import type { MetricId } from '@cxlens/shared';
import { useMemo } from 'react';
import { useMetrics } from '../../api/operations/metrics';
import { useSiteRanking } from '../../api/operations/siteRanking';
import type { SiteRef } from '../../api/types';
import { SignificanceMark } from '../../components/Badges';
import { DataCard } from '../../components/DataCard';
import { DataTable } from '../../components/DataTable';
import { ExportActions } from '../../components/ExportActions';
import { MetricValueLink } from '../../components/MetricValueLink';
import { tableCsv, type Column } from '../../components/dataTable';
import { exportFileName } from '../../export/csv';
import { useUrlParam } from '../../filters/useFilters';
import { useFormat, useT } from '../../i18n';
import { CHARTABLE_METRICS, COMPARISON_METRICS } from '../../metrics/catalog';
import { csvValue } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { useCurrentUser } from '../auth/useCurrentUser';
import { peerGroup } from './peers';
import { significanceDirection } from './ranking';
import { toSiteMetricsRows, type SiteMetricsRow } from './siteRows';
import { useSiteScope } from './useSiteScope';

/** The site against its peers (same country, else region): each metric, and a test against the group. */
export function PeerComparisonCard({ site }: { site: SiteRef }) {
  const t = useT();
  const text = useMetricText();
  const format = useFormat();
  const { reference, siteFilter, filters } = useSiteScope();
  const [metric] = useUrlParam<MetricId>('trend', 'CSAT', CHARTABLE_METRICS);
  // A site manager sees only their sites: the others exist, but are not theirs to compare with.
  const scoped = useCurrentUser()?.role === 'SITE_MANAGER';
  const group = useMemo(() => peerGroup(site, reference.data?.sites ?? []), [site, reference.data]);
  const ids = useMemo(() => [site.id, ...group.peers.map((p) => p.id)], [site.id, group]);
  const filter = useMemo(() => ({ ...siteFilter, siteIds: ids }), [siteFilter, ids]);
  const metrics = useMetrics({ filter, measures: [...COMPARISON_METRICS], groupBy: ['SITE'] });
  const ranking = useSiteRanking({ filter, measure: metric, mixAdjusted: false });
  const rows = useMemo(() => toSiteMetricsRows(metrics.data?.metrics.rows ?? [], reference.data?.sites ?? []), [metrics.data, reference.data]);
  const own = ranking.data?.siteRanking.sites.find((s) => s.siteId === site.id);
  const basis = t(`sites.peers.basis.${group.basis}`, { country: format.country(site.country) ?? site.country, region: site.region ?? '' });

  const columns: Column<SiteMetricsRow>[] = [
    { id: 'site', header: t('common.site'), rowHeader: true, cell: (r) => (r.site.id === site.id ? <strong>{r.site.name}</strong> : r.site.name), csv: (r) => r.site.name },
    ...COMPARISON_METRICS.map<Column<SiteMetricsRow>>((m) => ({
      id: m,
      header: text.short(m),
      headerTitle: text.label(m),
      numeric: true,
      cell: (r) => <MetricValueLink cell={r.cells[m]} filters={filters} target={{ metric: m, siteId: r.site.id }} />,
      csv: (r) => csvValue(m, r.cells[m]?.value ?? null),
      csvHeader: `${text.label(m)}${text.unitSuffix(m)}`,
    })),
  ];
  const sorted = [...rows].sort((a, b) => (a.site.id === site.id ? -1 : b.site.id === site.id ? 1 : a.site.name.localeCompare(b.site.name)));
  const title = t('sites.peers.title');

  return (
    <DataCard
      title={title}
      subtitle={basis}
      state={{ loading: metrics.loading || ranking.loading, error: metrics.error ?? ranking.error, refetch: () => (metrics.refetch(), ranking.refetch()), hasData: Boolean(metrics.data && ranking.data) }}
      skeleton="table"
      empty={group.peers.length === 0 ? { title: t('sites.peers.none'), body: scoped ? t('sites.peers.scopedBody') : t('sites.peers.noneBody') } : null}
      actions={<ExportActions title={title} csv={() => tableCsv(exportFileName(['site', site.code, 'peers', filters.from, filters.to]), columns, sorted)} />}
      className="card--flush-body"
    >
      {own ? (
        <p className="peer-verdict" data-testid="peer-verdict">
          <SignificanceMark direction={significanceDirection(own)} title={text.p(own.adjustedPValue)} />{' '}
          {t(`sites.peers.verdict.${significanceDirection(own)}`, {
            metric: text.label(metric),
            value: text.value(metric, own.value),
            group: text.value(metric, ranking.data?.siteRanking.organization.value ?? null),
            p: text.p(own.adjustedPValue),
          })}
        </p>
      ) : null}
      <DataTable caption={title} hideCaption columns={columns} rows={sorted} rowKey={(r) => r.site.id} rowClassName={(r) => (r.site.id === site.id ? 'is-highlighted' : undefined)} />
    </DataCard>
  );
}
