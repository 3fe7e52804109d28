import type { Granularity, MetricId } from '@cxlens/shared';
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../i18n';
import { formatBucket } from '../metrics/buckets';
import { useMetricText } from '../metrics/useMetricText';
import { ChartTooltipBox, TooltipRow } from './ChartTooltip';
import { CHART_COLORS } from './palette';
import type { TrendPoint } from './trend';

export interface TrendChartProps {
  points: readonly TrendPoint[];
  metric: MetricId;
  granularity: Granularity;
  height?: number;
  /** A second line to read the main one against (the organization, the previous period). */
  reference?: { label: string; points: readonly TrendPoint[] };
  label: string;
  onSelect?: (point: TrendPoint) => void;
}

interface Datum extends TrendPoint {
  reference: number | null;
}

/** One metric over time: the value, its 95% interval as a band; low-sample and partial buckets hollow. */
export function TrendChart({ points, metric, granularity, height = 260, reference, label, onSelect }: TrendChartProps) {
  const text = useMetricText();
  const t = useT();
  const byStart = new Map(reference?.points.map((p) => [p.start, p.value]) ?? []);
  const data: Datum[] = points.map((p) => ({ ...p, reference: byStart.get(p.start) ?? null }));
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          onClick={(state) => {
            const index = Number(state?.activeTooltipIndex ?? state?.activeIndex);
            if (onSelect && Number.isInteger(index) && data[index]) onSelect(data[index]);
          }}
          style={onSelect ? { cursor: 'pointer' } : undefined}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis
            dataKey="start"
            tickFormatter={(start: string) => formatBucket(granularity, start, text.locale)}
            tick={{ fontSize: 12, fill: CHART_COLORS.axis }}
            minTickGap={24}
          />
          <YAxis
            width={64}
            domain={['auto', 'auto']}
            tickFormatter={(value: number) => text.value(metric, value)}
            tick={{ fontSize: 12, fill: CHART_COLORS.axis }}
          />
          <Tooltip
            content={({ active, payload }) => {
              const datum = active ? (payload?.[0]?.payload as Datum | undefined) : undefined;
              if (!datum) return null;
              return (
                <ChartTooltipBox title={formatBucket(granularity, datum.start, text.locale, true)}>
                  <TooltipRow label={text.label(metric)} value={text.value(metric, datum.value)} color={CHART_COLORS.primary} />
                  {datum.band ? <TooltipRow label={t('metric.ci95')} value={text.interval(metric, datum.band[0], datum.band[1])} /> : null}
                  <TooltipRow label="n" value={text.count(datum.n)} />
                  {reference ? <TooltipRow label={reference.label} value={text.value(metric, datum.reference)} color={CHART_COLORS.secondary} /> : null}
                  {datum.lowSample ? <p className="chart-tooltip__flag">{t('metric.lowSample')}</p> : null}
                  {datum.partial ? <p className="chart-tooltip__flag">{t('chart.partialBucket')}</p> : null}
                  {onSelect ? <p className="chart-tooltip__hint">{t('chart.clickToDrill')}</p> : null}
                </ChartTooltipBox>
              );
            }}
          />
          <Area dataKey="band" stroke="none" fill={CHART_COLORS.band} fillOpacity={0.45} isAnimationActive={false} connectNulls={false} />
          {reference ? (
            <Line dataKey="reference" stroke={CHART_COLORS.secondary} strokeDasharray="5 4" strokeWidth={1.5} dot={false} isAnimationActive={false} />
          ) : null}
          <Line
            dataKey="value"
            stroke={CHART_COLORS.primary}
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls={false}
            dot={(props: { cx?: number; cy?: number; index?: number; payload?: Datum }) => {
              const { cx, cy, payload, index } = props;
              if (cx === undefined || cy === undefined || !payload || payload.value === null) return <g key={index} />;
              const hollow = payload.lowSample || payload.partial;
              return <circle key={index} cx={cx} cy={cy} r={3} fill={hollow ? '#fff' : CHART_COLORS.primary} stroke={CHART_COLORS.primary} strokeWidth={1.5} />;
            }}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
