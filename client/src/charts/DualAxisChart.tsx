import type { Granularity, MetricId } from '@cxlens/shared';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatBucket } from '../metrics/buckets';
import { useMetricText } from '../metrics/useMetricText';
import { ChartTooltipBox, TooltipRow } from './ChartTooltip';
import { OKABE_ITO, CHART_COLORS } from './palette';

export interface DualPoint {
  start: string;
  left: number | null;
  right: number | null;
  leftN: number;
  rightN: number;
}

/** Two metrics of different units over the same buckets, each on its own axis (left blue solid, right orange dashed). */
export function DualAxisChart({
  points,
  left,
  right,
  granularity,
  label,
  height = 260,
  onSelect,
}: {
  points: readonly DualPoint[];
  left: MetricId;
  right: MetricId;
  granularity: Granularity;
  label: string;
  height?: number;
  onSelect?: (point: DualPoint) => void;
}) {
  const text = useMetricText();
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart
          data={[...points]}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          onClick={(state) => {
            const index = Number(state?.activeTooltipIndex ?? state?.activeIndex);
            if (onSelect && Number.isInteger(index) && points[index]) onSelect(points[index]);
          }}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="start" tickFormatter={(s: string) => formatBucket(granularity, s, text.locale)} tick={{ fontSize: 12, fill: CHART_COLORS.axis }} minTickGap={24} />
          <YAxis yAxisId="left" width={64} domain={['auto', 'auto']} tickFormatter={(v: number) => text.value(left, v)} tick={{ fontSize: 12, fill: OKABE_ITO.blue }} />
          <YAxis yAxisId="right" orientation="right" width={64} domain={['auto', 'auto']} tickFormatter={(v: number) => text.value(right, v)} tick={{ fontSize: 12, fill: '#9C6B00' }} />
          <Tooltip
            content={({ active, payload }) => {
              const point = active ? (payload?.[0]?.payload as DualPoint | undefined) : undefined;
              if (!point) return null;
              return (
                <ChartTooltipBox title={formatBucket(granularity, point.start, text.locale, true)}>
                  <TooltipRow label={text.label(left)} value={`${text.value(left, point.left)} (n = ${text.count(point.leftN)})`} color={OKABE_ITO.blue} />
                  <TooltipRow label={text.label(right)} value={`${text.value(right, point.right)} (n = ${text.count(point.rightN)})`} color={OKABE_ITO.orange} />
                </ChartTooltipBox>
              );
            }}
          />
          <Legend verticalAlign="top" height={28} iconType="plainline" formatter={(value: string) => (value === 'left' ? text.label(left) : text.label(right))} />
          <Line yAxisId="left" dataKey="left" name="left" stroke={OKABE_ITO.blue} strokeWidth={2} dot={{ r: 2.5 }} isAnimationActive={false} connectNulls={false} />
          <Line yAxisId="right" dataKey="right" name="right" stroke={OKABE_ITO.orange} strokeWidth={2} strokeDasharray="6 3" dot={{ r: 2.5 }} isAnimationActive={false} connectNulls={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
