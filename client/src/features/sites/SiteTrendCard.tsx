import { daysInclusive, type MetricId } from '@cxlens/shared';
import { useMemo, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMetrics } from '../../api/operations/metrics';
import type { SiteRef } from '../../api/types';
import { TrendChart } from '../../charts/TrendChart';
import { toTrendPoints } from '../../charts/trend';
import { SegmentedControl, SelectControl } from '../../components/Controls';
import { DataCard } from '../../components/DataCard';
import { ExportActions } from '../../components/ExportActions';
import { exportFileName } from '../../export/csv';
import { drillDownHref } from '../../filters/drilldown';
import { useUrlParam } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { TREND_GRANULARITIES, defaultGranularity, type TrendGranularity } from '../../metrics/buckets';
import { CHARTABLE_METRICS } from '../../metrics/catalog';
import { csvValue } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { useSiteScope } from './useSiteScope';

/** The site's trend on a chosen metric, with the organization's as a dashed reference line. */
export function SiteTrendCard({ site }: { site: SiteRef }) {
  const t = useT();
  const text = useMetricText();
  const navigate = useNavigate();
  const chartRef = useRef<HTMLDivElement>(null);
  const { filters, siteFilter } = useSiteScope();
  const [metric, setMetric] = useUrlParam<MetricId>('trend', 'CSAT', CHARTABLE_METRICS);
  const [granularity, setGranularity] = useUrlParam<TrendGranularity>('gran', defaultGranularity(daysInclusive(filters.from, filters.to)), TREND_GRANULARITIES);
  const orgFilter = useMemo(() => ({ ...siteFilter, siteIds: undefined }), [siteFilter]);
  const own = useMetrics({ filter: siteFilter, measures: [metric], granularity });
  const org = useMetrics({ filter: orgFilter, measures: [metric], granularity });
  const points = useMemo(() => toTrendPoints(own.data?.metrics.rows ?? [], metric, granularity, filters), [own.data, metric, granularity, filters]);
  const orgPoints = useMemo(() => toTrendPoints(org.data?.metrics.rows ?? [], metric, granularity, filters), [org.data, metric, granularity, filters]);
  const label = text.label(metric);
  const title = t('sites.detail.trend', { metric: label });
  const byStart = new Map(orgPoints.map((p) => [p.start, p.value]));

  return (
    <DataCard
      title={title}
      subtitle={t('sites.detail.trendSubtitle', { zone: site.timeZone })}
      state={{ loading: own.loading || org.loading, error: own.error ?? org.error, refetch: () => (own.refetch(), org.refetch()), hasData: Boolean(own.data && org.data) }}
      empty={points.every((p) => p.value === null) ? { title: t('chart.noData'), body: t('chart.noDataBody') } : null}
      actions={
        <ExportActions
          title={title}
          csv={() => ({
            name: exportFileName(['site', site.code, metric, granularity, filters.from, filters.to]),
            header: [t('csv.bucketStart'), `${site.code} ${label}${text.unitSuffix(metric)}`, t('csv.ciLow'), t('csv.ciHigh'), 'n', `${t('common.organization')} ${label}`],
            rows: points.map((p) => [p.start, csvValue(metric, p.value), csvValue(metric, p.band?.[0] ?? null), csvValue(metric, p.band?.[1] ?? null), p.n, csvValue(metric, byStart.get(p.start) ?? null)]),
          })}
          png={() => ({ target: chartRef, fileName: exportFileName(['site', site.code, metric]), title: `${site.name}: ${title}`, subtitle: `${filters.from} – ${filters.to}` })}
        />
      }
    >
      <div className="card__toolbar">
        <SelectControl label={t('common.metric')} value={metric} onChange={setMetric} options={CHARTABLE_METRICS.map((id) => ({ value: id, label: text.label(id) }))} />
        <SegmentedControl label={t('chart.granularity')} value={granularity} onChange={setGranularity} options={TREND_GRANULARITIES.map((g) => ({ value: g, label: t(`granularity.${g}`) }))} />
      </div>
      <div ref={chartRef}>
        <TrendChart
          points={points}
          metric={metric}
          granularity={granularity}
          label={title}
          reference={{ label: t('common.organization'), points: orgPoints }}
          onSelect={(point) => navigate(drillDownHref(filters, { metric, siteId: site.id, from: point.start, to: point.end }, text.locale))}
        />
      </div>
      <p className="chart-note secondary-text">{t('sites.detail.trendNote')}</p>
    </DataCard>
  );
}
