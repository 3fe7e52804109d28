import type { MetricId } from '@cxlens/shared';
import { useMemo, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMetrics } from '../../api/operations/metrics';
import { TrendChart } from '../../charts/TrendChart';
import { toTrendPoints } from '../../charts/trend';
import { SegmentedControl, SelectControl } from '../../components/Controls';
import { DataCard } from '../../components/DataCard';
import { ExportActions } from '../../components/ExportActions';
import { exportFileName } from '../../export/csv';
import { drillDownHref } from '../../filters/drilldown';
import { useFilters, useUrlParam } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { TREND_GRANULARITIES, defaultGranularity, formatBucket, type TrendGranularity } from '../../metrics/buckets';
import { CHARTABLE_METRICS } from '../../metrics/catalog';
import { csvValue } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { daysInclusive } from '@cxlens/shared';

/** One metric over the period with its interval band, at a chosen granularity; a point opens its records. */
export function TrendCard() {
  const t = useT();
  const text = useMetricText();
  const navigate = useNavigate();
  const chartRef = useRef<HTMLDivElement>(null);
  const { filters, metricFilter } = useFilters();
  const [metric, setMetric] = useUrlParam<MetricId>('trend', 'CSAT', CHARTABLE_METRICS);
  const fallback = defaultGranularity(daysInclusive(filters.from, filters.to));
  const [granularity, setGranularity] = useUrlParam<TrendGranularity>('gran', fallback, TREND_GRANULARITIES);
  const result = useMetrics({ filter: metricFilter, measures: [metric], granularity });
  const rows = result.data?.metrics.rows;
  const points = useMemo(() => toTrendPoints(rows ?? [], metric, granularity, filters), [rows, metric, granularity, filters]);
  const label = text.label(metric);
  const title = t('overview.trend.title', { metric: label });

  const csv = () => ({
    name: exportFileName(['trend', metric, granularity, filters.from, filters.to]),
    header: [t('csv.bucketStart'), t('csv.bucketEnd'), `${label}${text.unitSuffix(metric)}`, t('csv.ciLow'), t('csv.ciHigh'), 'n', t('csv.lowSample'), t('csv.partial')],
    rows: points.map((p) => [p.start, p.end, csvValue(metric, p.value), csvValue(metric, p.band?.[0] ?? null), csvValue(metric, p.band?.[1] ?? null), p.n, p.lowSample, p.partial]),
  });
  const png = () => ({ target: chartRef, fileName: exportFileName(['trend', metric, filters.from, filters.to]), title, subtitle: `${filters.from} – ${filters.to}` });

  return (
    <DataCard
      title={title}
      subtitle={t('overview.trend.subtitle')}
      state={{ ...result, hasData: Boolean(result.data) }}
      empty={points.every((p) => p.value === null) ? { title: t('chart.noData'), body: t('chart.noDataBody') } : null}
      actions={<ExportActions title={title} csv={csv} png={png} />}
      testId="trend-card"
    >
      <div className="card__toolbar">
        <SelectControl
          label={t('common.metric')}
          value={metric}
          onChange={setMetric}
          options={CHARTABLE_METRICS.map((id) => ({ value: id, label: text.label(id) }))}
          testId="trend-metric"
        />
        <SegmentedControl
          label={t('chart.granularity')}
          value={granularity}
          onChange={setGranularity}
          options={TREND_GRANULARITIES.map((g) => ({ value: g, label: t(`granularity.${g}`) }))}
        />
      </div>
      <div ref={chartRef}>
        <TrendChart
          points={points}
          metric={metric}
          granularity={granularity}
          label={title}
          onSelect={(point) => navigate(drillDownHref(filters, { metric, from: point.start, to: point.end }))}
        />
      </div>
      <p className="chart-note secondary-text">
        {t('chart.bandNote')}{' '}
        {points.some((p) => p.partial) ? t('chart.partialNote', { bucket: formatBucket(granularity, points[0].start, text.locale) }) : null}
      </p>
    </DataCard>
  );
}
