import type { MetricId } from '@cxlens/shared';
import { useMemo, useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DriverResult } from '../../api/types';
import type { QueryResult } from '../../api/useQuery';
import { ChartTooltipBox, TooltipRow } from '../../charts/ChartTooltip';
import { CHART_COLORS, TONE_COLORS } from '../../charts/palette';
import { DataCard } from '../../components/DataCard';
import { ExportActions } from '../../components/ExportActions';
import { exportFileName } from '../../export/csv';
import { useFilters } from '../../filters/useFilters';
import { useFormat, useT } from '../../i18n';
import { roundTo } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { symmetricAxis, toImportanceBars, type ImportanceBar } from './driverData';
import { useDriverParams } from './useDriverParams';

/** Drivers ranked by standardised coefficient, with 95% intervals; a bar selects the driver for the scatter. */
export function DriverImportanceCard({ result }: { result: QueryResult<{ drivers: DriverResult }> }) {
  const t = useT();
  const text = useMetricText();
  const format = useFormat();
  const chartRef = useRef<HTMLDivElement>(null);
  const { filters } = useFilters();
  const { setDriver } = useDriverParams();
  const data = result.data?.drivers;
  const bars = useMemo(() => toImportanceBars(data?.drivers ?? [], text.label), [data, text]);
  const axis = useMemo(() => symmetricAxis(bars), [bars]);
  const title = t('drivers.importance.title', { target: data ? text.label(data.target) : '' });
  const beta = (v: number | null) => (v === null ? '—' : format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }));
  const color = (bar: ImportanceBar) => (!bar.clear ? TONE_COLORS.neutral : bar.beta > 0 ? TONE_COLORS.better : TONE_COLORS.worse);

  return (
    <DataCard
      title={title}
      subtitle={data ? t('drivers.importance.subtitle', { r2: data.rSquared === null ? '—' : format.number(data.rSquared, { maximumFractionDigits: 2 }), n: data.n }) : undefined}
      state={{ ...result, hasData: Boolean(data) }}
      empty={data && bars.length === 0 ? { title: t('drivers.empty.title'), body: t('drivers.empty.body') } : null}
      actions={
        data ? (
          <ExportActions
            title={title}
            csv={() => ({
              name: exportFileName(['drivers', data.target, filters.from, filters.to]),
              header: [t('csv.rank'), t('drivers.driver'), t('drivers.beta'), t('csv.ciLow'), t('csv.ciHigh'), 'p (β)', 'r', 'p (r)', 'n'],
              rows: data.drivers.map((d) => [d.rank, text.label(d.candidate), roundTo(d.standardizedBeta, 3), roundTo(d.betaCiLow, 3), roundTo(d.betaCiHigh, 3), d.betaPValue, roundTo(d.r, 3), d.rPValue, d.n]),
            })}
            png={() => ({
              target: chartRef,
              fileName: exportFileName(['drivers', data.target]),
              title,
              subtitle: `${filters.from} – ${filters.to}`,
              legend: [
                { label: t('drivers.legend.raises'), color: TONE_COLORS.better },
                { label: t('drivers.legend.lowers'), color: TONE_COLORS.worse },
                { label: t('drivers.legend.unclear'), color: TONE_COLORS.neutral },
              ],
            })}
          />
        ) : null
      }
      testId="driver-importance"
    >
      <figure className="chart" aria-label={title} ref={chartRef}>
        <ResponsiveContainer width="100%" height={Math.max(180, bars.length * 38 + 40)}>
          <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
            <XAxis type="number" domain={axis.domain} ticks={axis.ticks} tickFormatter={beta} tick={{ fontSize: 12, fill: CHART_COLORS.axis }} />
            <YAxis type="category" dataKey="label" width={190} interval={0} tick={{ fontSize: 12, fill: CHART_COLORS.reference }} />
            <ReferenceLine x={0} stroke={CHART_COLORS.reference} />
            <Tooltip
              cursor={{ fill: '#f0f3f7' }}
              content={({ active, payload }) => {
                const bar = active ? (payload?.[0]?.payload as ImportanceBar | undefined) : undefined;
                if (!bar) return null;
                return (
                  <ChartTooltipBox title={`${bar.rank}. ${bar.label}`}>
                    <TooltipRow label={t('drivers.beta')} value={beta(bar.beta)} />
                    <TooltipRow label={t('metric.ci95')} value={`${beta(bar.low)} – ${beta(bar.high)}`} />
                    <TooltipRow label="r" value={text.r(bar.r)} />
                    <TooltipRow label="n" value={text.count(bar.n)} />
                    <p className="chart-tooltip__hint">{t('drivers.clickToPlot')}</p>
                  </ChartTooltipBox>
                );
              }}
            />
            <Bar dataKey="beta" isAnimationActive={false} onClick={(entry: { payload?: ImportanceBar }) => entry?.payload && setDriver(entry.payload.candidate as MetricId)} style={{ cursor: 'pointer' }}>
              {bars.map((bar) => (
                <Cell key={bar.candidate} fill={color(bar)} fillOpacity={bar.clear ? 0.85 : 0.45} />
              ))}
              <ErrorBar dataKey="error" direction="x" width={6} isAnimationActive={false} stroke={CHART_COLORS.reference} strokeWidth={1.25} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <ul className="legend" aria-label={t('legend.label')}>
        <li><span className="legend__swatch" style={{ background: TONE_COLORS.better }} aria-hidden="true" />{t('drivers.legend.raises')}</li>
        <li><span className="legend__swatch" style={{ background: TONE_COLORS.worse }} aria-hidden="true" />{t('drivers.legend.lowers')}</li>
        <li><span className="legend__swatch legend__swatch--pale" style={{ background: TONE_COLORS.neutral }} aria-hidden="true" />{t('drivers.legend.unclear')}</li>
        <li><span className="legend__whisker" aria-hidden="true" />{t('legend.ci')}</li>
      </ul>
      <p className="chart-note secondary-text">{t('drivers.importance.note')}</p>
    </DataCard>
  );
}
