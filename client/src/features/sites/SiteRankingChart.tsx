import type { MetricId } from '@cxlens/shared';
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltipBox, TooltipRow } from '../../charts/ChartTooltip';
import { CHART_COLORS, TONE_COLORS } from '../../charts/palette';
import { useT } from '../../i18n';
import { useMetricText } from '../../metrics/useMetricText';
import type { RankingBar } from './ranking';

export interface SiteRankingChartProps {
  bars: readonly RankingBar[];
  metric: MetricId;
  organizationValue: number | null;
  label: string;
  onSelect?: (bar: RankingBar) => void;
}

const BAR_HEIGHT = 34;

/**
 * Sites ranked on one metric: bars with 95% interval whiskers and the organization's value as a
 * line. Significantly better or worse sites are coloured and carry ▲/▼ and the word in the label.
 */
export function SiteRankingChart({ bars, metric, organizationValue, label, onSelect }: SiteRankingChartProps) {
  const t = useT();
  const text = useMetricText();
  const data = bars.filter((bar) => bar.value !== null);
  const height = Math.max(160, data.length * BAR_HEIGHT + 48);
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 20, right: 8, bottom: 4, left: 8 }} barCategoryGap={8}>
          <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
          <XAxis type="number" domain={[(min: number) => Math.min(0, min), 'auto']} tickFormatter={(v: number) => text.value(metric, v)} tick={{ fontSize: 12, fill: CHART_COLORS.axis }} />
          <YAxis yAxisId="names" type="category" dataKey="label" width={180} tick={{ fontSize: 12, fill: CHART_COLORS.reference }} interval={0} />
          <YAxis
            yAxisId="values"
            orientation="right"
            type="category"
            dataKey="siteId"
            width={130}
            interval={0}
            axisLine={false}
            tickLine={false}
            tick={(props: { x?: number | string; y?: number | string; index?: number }) => {
              const bar = data[props.index ?? -1];
              if (!bar) return <g />;
              const mark = bar.direction === 'above' ? '▲ ' : bar.direction === 'below' ? '▼ ' : '';
              const sig = bar.direction === 'none' ? '' : ` ${t(bar.direction === 'above' ? 'metric.sigAbove' : 'metric.sigBelow')}`;
              return (
                <text x={Number(props.x) + 6} y={Number(props.y) + 4} fontSize={12} fill={bar.tone === 'neutral' ? CHART_COLORS.axis : TONE_COLORS[bar.tone]} fontWeight={bar.direction === 'none' ? 400 : 600}>
                  {`${mark}${text.value(metric, bar.value)}${sig}${bar.lowSample ? ' !' : ''}`}
                </text>
              );
            }}
          />
          <Tooltip
            cursor={{ fill: '#f0f3f7' }}
            content={({ active, payload }) => {
              const bar = active ? (payload?.[0]?.payload as RankingBar | undefined) : undefined;
              if (!bar) return null;
              return (
                <ChartTooltipBox title={`${bar.rank ?? '–'}. ${bar.label}`}>
                  <TooltipRow label={text.label(metric)} value={text.value(metric, bar.value)} />
                  <TooltipRow label={t('metric.ci95')} value={text.interval(metric, bar.ciLow, bar.ciHigh) ?? '—'} />
                  <TooltipRow label="n" value={text.count(bar.n)} />
                  <TooltipRow label={t('sites.chart.pAdjusted')} value={text.p(bar.adjustedPValue)} />
                  {bar.coverage !== null ? <TooltipRow label={t('sites.chart.coverage')} value={`${Math.round(bar.coverage * 100)}%`} /> : null}
                  {bar.lowSample ? <p className="chart-tooltip__flag">{t('metric.lowSample')}</p> : null}
                  {onSelect ? <p className="chart-tooltip__hint">{t('chart.clickToDrill')}</p> : null}
                </ChartTooltipBox>
              );
            }}
          />
          <Bar
            yAxisId="names"
            dataKey="value"
            isAnimationActive={false}
            onClick={(entry: { payload?: RankingBar }) => entry?.payload && onSelect?.(entry.payload)}
            style={onSelect ? { cursor: 'pointer' } : undefined}
          >
            {data.map((bar) => (
              <Cell
                key={bar.siteId}
                fill={TONE_COLORS[bar.tone]}
                fillOpacity={bar.lowSample ? 0.35 : 0.85}
                stroke={TONE_COLORS[bar.tone]}
                strokeDasharray={bar.lowSample ? '3 2' : undefined}
              />
            ))}
            <ErrorBar dataKey="error" direction="x" width={6} isAnimationActive={false} stroke={CHART_COLORS.reference} strokeWidth={1.25} />
          </Bar>
          {organizationValue !== null ? (
            <ReferenceLine
              yAxisId="names"
              x={organizationValue}
              stroke={CHART_COLORS.reference}
              strokeDasharray="4 3"
              label={{ value: t('sites.chart.orgLine', { value: text.value(metric, organizationValue) }), position: 'top', fontSize: 12, fill: CHART_COLORS.reference }}
            />
          ) : null}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
