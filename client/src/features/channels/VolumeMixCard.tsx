import { daysInclusive, type MetricId } from '@cxlens/shared';
import { useMemo, useRef } from 'react';
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useMetrics } from '../../api/operations/metrics';
import { ChartTooltipBox, TooltipRow } from '../../charts/ChartTooltip';
import { CHANNEL_COLORS, CHART_COLORS } from '../../charts/palette';
import { SegmentedControl } from '../../components/Controls';
import { DataCard } from '../../components/DataCard';
import { ExportActions } from '../../components/ExportActions';
import { exportFileName } from '../../export/csv';
import { useFilters, useUrlParam } from '../../filters/useFilters';
import { useFormat, useT } from '../../i18n';
import { TREND_GRANULARITIES, defaultGranularity, formatBucket, type TrendGranularity } from '../../metrics/buckets';
import { roundTo } from '../../metrics/format';
import { toStackedVolumes, type StackedPoint } from './channelData';

type Volume = 'contacts' | 'responses';
const VOLUME_METRIC: Record<Volume, MetricId> = { contacts: 'OFFERED', responses: 'RESPONSES' };

/** How the volume splits across channels over time: stacked counts or shares. */
export function VolumeMixCard() {
  const t = useT();
  const format = useFormat();
  const chartRef = useRef<HTMLDivElement>(null);
  const { filters, metricFilter } = useFilters();
  const [volume, setVolume] = useUrlParam<Volume>('volume', 'contacts', ['contacts', 'responses']);
  const [stack, setStack] = useUrlParam<'count' | 'share'>('stack', 'share', ['count', 'share']);
  const [granularity, setGranularity] = useUrlParam<TrendGranularity>('gran', defaultGranularity(daysInclusive(filters.from, filters.to)), TREND_GRANULARITIES);
  const metric = VOLUME_METRIC[volume];
  const result = useMetrics({ filter: metricFilter, measures: [metric], groupBy: ['CHANNEL'], granularity });
  const rows = result.data?.metrics.rows;
  const { points, channels } = useMemo(() => toStackedVolumes(rows ?? [], metric, stack === 'share'), [rows, metric, stack]);
  const title = t('channels.mix.title');
  const value = (v: number) => (stack === 'share' ? format.number(v / 100, { style: 'percent', maximumFractionDigits: 1 }) : format.number(v));
  const bucket = (start: string, long = false) => formatBucket(granularity, start, format.locale, long);

  return (
    <DataCard
      title={title}
      subtitle={t('channels.mix.subtitle')}
      state={{ ...result, hasData: Boolean(result.data) }}
      empty={channels.length === 0 ? { title: t('chart.noData'), body: t('chart.noDataBody') } : null}
      actions={
        <ExportActions
          title={title}
          csv={() => ({
            name: exportFileName(['channel-mix', volume, stack, granularity, filters.from, filters.to]),
            header: [t('csv.bucketStart'), ...channels.map((c) => `${t(`channel.${c}`)}${stack === 'share' ? ' (%)' : ''}`)],
            rows: points.map((p) => [p.start, ...channels.map((c) => roundTo(p[c] ?? 0, 2))]),
          })}
          png={() => ({
            target: chartRef,
            fileName: exportFileName(['channel-mix', volume, filters.from, filters.to]),
            title,
            subtitle: `${filters.from} – ${filters.to}`,
            legend: channels.map((c) => ({ label: t(`channel.${c}`), color: CHANNEL_COLORS[c] })),
          })}
        />
      }
      testId="volume-mix"
    >
      <div className="card__toolbar">
        <SegmentedControl label={t('channels.mix.volume')} value={volume} onChange={setVolume} options={[{ value: 'contacts', label: t('channels.mix.contacts') }, { value: 'responses', label: t('common.responses') }]} />
        <SegmentedControl label={t('channels.mix.stack')} value={stack} onChange={setStack} options={[{ value: 'share', label: t('channels.mix.share') }, { value: 'count', label: t('channels.mix.count') }]} />
        <SegmentedControl label={t('chart.granularity')} value={granularity} onChange={setGranularity} options={TREND_GRANULARITIES.map((g) => ({ value: g, label: t(`granularity.${g}`) }))} />
      </div>
      <figure className="chart" aria-label={title} ref={chartRef}>
        <ResponsiveContainer width="100%" height={280}>
          <AreaChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
            <XAxis dataKey="start" tickFormatter={(s: string) => bucket(s)} tick={{ fontSize: 12, fill: CHART_COLORS.axis }} minTickGap={24} />
            <YAxis width={64} tickFormatter={value} domain={stack === 'share' ? [0, 100] : [0, 'auto']} ticks={stack === 'share' ? [0, 25, 50, 75, 100] : undefined} tick={{ fontSize: 12, fill: CHART_COLORS.axis }} />
            <Tooltip
              content={({ active, payload }) => {
                const point = active ? (payload?.[0]?.payload as StackedPoint | undefined) : undefined;
                if (!point) return null;
                return (
                  <ChartTooltipBox title={bucket(point.start, true)}>
                    {[...channels].reverse().map((c) => (
                      <TooltipRow key={c} label={t(`channel.${c}`)} value={value(point[c] ?? 0)} color={CHANNEL_COLORS[c]} />
                    ))}
                  </ChartTooltipBox>
                );
              }}
            />
            <Legend verticalAlign="top" height={28} formatter={(name: string) => t(`channel.${name as (typeof channels)[number]}`)} />
            {channels.map((c) => (
              <Area key={c} type="monotone" dataKey={c} name={c} stackId="mix" stroke={CHANNEL_COLORS[c]} fill={CHANNEL_COLORS[c]} fillOpacity={0.75} isAnimationActive={false} />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </figure>
    </DataCard>
  );
}
