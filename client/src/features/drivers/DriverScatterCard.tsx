import type { MetricId } from '@cxlens/shared';
import { useMemo, useRef } from 'react';
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { DriverResult } from '../../api/types';
import type { QueryResult } from '../../api/useQuery';
import { ChartTooltipBox, TooltipRow } from '../../charts/ChartTooltip';
import { CHART_COLORS } from '../../charts/palette';
import { SelectControl } from '../../components/Controls';
import { DataCard } from '../../components/DataCard';
import { ExportActions } from '../../components/ExportActions';
import { exportFileName } from '../../export/csv';
import { useFilters } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { formatBucket } from '../../metrics/buckets';
import { csvValue } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { toDriverPoints, type DriverPoint } from './driverData';
import { useDriverParams } from './useDriverParams';

/** The chosen driver against the target, one point per unit and period. */
export function DriverScatterCard({ result }: { result: QueryResult<{ drivers: DriverResult }> }) {
  const t = useT();
  const text = useMetricText();
  const chartRef = useRef<HTMLDivElement>(null);
  const { filters } = useFilters();
  const { driver, setDriver, granularity } = useDriverParams();
  const data = result.data?.drivers;
  const ranked = useMemo(() => [...(data?.drivers ?? [])].sort((a, b) => a.rank - b.rank), [data]);
  const chosen = (ranked.find((d) => d.candidate === driver) ?? ranked[0])?.candidate as MetricId | undefined;
  const points = useMemo(() => (data && chosen ? toDriverPoints(data.observations, chosen) : []), [data, chosen]);
  const stats = ranked.find((d) => d.candidate === chosen);
  const title = data && chosen ? t('drivers.scatter.title', { driver: text.label(chosen), target: text.label(data.target) }) : t('drivers.scatter.titleEmpty');

  return (
    <DataCard
      title={title}
      subtitle={stats ? t('drivers.scatter.subtitle', { r: text.r(stats.r), p: text.p(stats.rPValue), n: points.length }) : undefined}
      state={{ ...result, hasData: Boolean(data) }}
      empty={data && (!chosen || points.length === 0) ? { title: t('chart.noData'), body: t('drivers.empty.body') } : null}
      actions={
        data && chosen ? (
          <ExportActions
            title={title}
            csv={() => ({
              name: exportFileName(['driver', chosen, data.target, filters.from, filters.to]),
              header: [t('vop.unitHeader'), t('csv.bucketStart'), `${text.label(chosen)}${text.unitSuffix(chosen)}`, `${text.label(data.target)}${text.unitSuffix(data.target)}`],
              rows: points.map((p) => [p.label, p.bucket, csvValue(chosen, p.x), csvValue(data.target, p.y)]),
            })}
            png={() => ({ target: chartRef, fileName: exportFileName(['driver', chosen, data.target]), title, subtitle: `${filters.from} – ${filters.to}` })}
          />
        ) : null
      }
      testId="driver-scatter"
    >
      {data && chosen ? (
        <>
          <div className="card__toolbar">
            <SelectControl label={t('drivers.driver')} value={chosen} onChange={setDriver} options={ranked.map((d) => ({ value: d.candidate, label: `${d.rank}. ${text.label(d.candidate)}` }))} testId="driver-select" />
          </div>
          <figure className="chart" aria-label={title} ref={chartRef}>
            <ResponsiveContainer width="100%" height={300}>
              <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
                <CartesianGrid stroke={CHART_COLORS.grid} />
                <XAxis type="number" dataKey="x" domain={['auto', 'auto']} tickFormatter={(v: number) => text.value(chosen, v)} tick={{ fontSize: 12, fill: CHART_COLORS.axis }} label={{ value: text.label(chosen), position: 'insideBottom', offset: -14, fontSize: 12 }} />
                <YAxis type="number" dataKey="y" width={72} domain={['auto', 'auto']} tickFormatter={(v: number) => text.value(data.target, v)} tick={{ fontSize: 12, fill: CHART_COLORS.axis }} />
                <Tooltip
                  content={({ active, payload }) => {
                    const point = active ? (payload?.[0]?.payload as DriverPoint | undefined) : undefined;
                    if (!point) return null;
                    return (
                      <ChartTooltipBox title={`${point.label} · ${formatBucket(granularity, point.bucket, text.locale, true)}`}>
                        <TooltipRow label={text.label(chosen)} value={text.value(chosen, point.x)} />
                        <TooltipRow label={text.label(data.target)} value={text.value(data.target, point.y)} />
                      </ChartTooltipBox>
                    );
                  }}
                />
                <Scatter data={points} fill={CHART_COLORS.primary} fillOpacity={0.55} isAnimationActive={false} />
              </ScatterChart>
            </ResponsiveContainer>
          </figure>
        </>
      ) : null}
    </DataCard>
  );
}
