import type { MetricId } from '@cxlens/shared';
import { CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { Quadrant } from '../../api/types';
import { ChartTooltipBox, TooltipRow } from '../../charts/ChartTooltip';
import { CHART_COLORS } from '../../charts/palette';
import { useT } from '../../i18n';
import { useMetricText } from '../../metrics/useMetricText';
import { QUADRANT_ORDER, QUADRANT_STYLE, shortLabel, type ScatterPoint } from './quadrants';

export interface VopScatterProps {
  groups: Map<Quadrant, ScatterPoint[]>;
  vop: MetricId;
  voc: MetricId;
  vopMedian: number | null;
  vocMedian: number | null;
  focus: string;
  label: string;
  onSelect: (key: string) => void;
}

/** VOP across, VOC up; one point per unit sized by its sample, shaped and coloured by its quadrant. */
export function VopScatter({ groups, vop, voc, vopMedian, vocMedian, focus, label, onSelect }: VopScatterProps) {
  const t = useT();
  const text = useMetricText();
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={380}>
        <ScatterChart margin={{ top: 16, right: 24, bottom: 24, left: 8 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} />
          <XAxis
            type="number"
            dataKey="x"
            name={text.label(vop)}
            domain={['auto', 'auto']}
            tickFormatter={(v: number) => text.value(vop, v)}
            tick={{ fontSize: 12, fill: CHART_COLORS.axis }}
            label={{ value: `${t('vop.axisVop')}: ${text.label(vop)} →`, position: 'insideBottom', offset: -14, fontSize: 12, fill: CHART_COLORS.reference }}
          />
          <YAxis
            type="number"
            dataKey="y"
            name={text.label(voc)}
            width={72}
            domain={['auto', 'auto']}
            tickFormatter={(v: number) => text.value(voc, v)}
            tick={{ fontSize: 12, fill: CHART_COLORS.axis }}
            label={{ value: `${t('vop.axisVoc')}: ${text.label(voc)} →`, angle: -90, position: 'insideLeft', offset: 10, fontSize: 12, fill: CHART_COLORS.reference, style: { textAnchor: 'middle' } }}
          />
          <ZAxis type="number" dataKey="n" range={[60, 420]} />
          {vopMedian !== null ? <ReferenceLine x={vopMedian} stroke={CHART_COLORS.reference} strokeDasharray="4 3" label={{ value: t('vop.median'), position: 'top', fontSize: 11, fill: CHART_COLORS.axis }} /> : null}
          {vocMedian !== null ? <ReferenceLine y={vocMedian} stroke={CHART_COLORS.reference} strokeDasharray="4 3" label={{ value: t('vop.median'), position: 'right', fontSize: 11, fill: CHART_COLORS.axis }} /> : null}
          <Tooltip
            cursor={{ strokeDasharray: '3 3' }}
            content={({ active, payload }) => {
              const point = active ? (payload?.[0]?.payload as ScatterPoint | undefined) : undefined;
              if (!point) return null;
              const { unit } = point;
              return (
                <ChartTooltipBox title={`${QUADRANT_STYLE[point.quadrant].glyph} ${point.label}`}>
                  <TooltipRow label={t(`vop.quadrant.${point.quadrant}`)} value="" color={QUADRANT_STYLE[point.quadrant].color} />
                  <TooltipRow label={text.label(vop)} value={`${text.value(vop, unit.vop.value)} (n = ${text.count(unit.vop.n)})`} />
                  <TooltipRow label={text.label(voc)} value={`${text.value(voc, unit.voc.value)} (n = ${text.count(unit.voc.n)})`} />
                  <TooltipRow label={t('vop.gap')} value={unit.gap === null ? '—' : text.count(unit.gap)} />
                  <p className="chart-tooltip__hint">{t('vop.clickToFocus')}</p>
                </ChartTooltipBox>
              );
            }}
          />
          {QUADRANT_ORDER.map((quadrant) => {
            const points = groups.get(quadrant) ?? [];
            if (!points.length) return null;
            const style = QUADRANT_STYLE[quadrant];
            return (
              <Scatter
                key={quadrant}
                name={t(`vop.quadrant.${quadrant}`)}
                data={points}
                fill={style.color}
                fillOpacity={quadrant === 'INSUFFICIENT_DATA' ? 0.5 : 0.85}
                stroke={CHART_COLORS.reference}
                strokeWidth={0.5}
                shape={style.shape}
                isAnimationActive={false}
                onClick={(point: { payload?: ScatterPoint }) => point?.payload && onSelect(point.payload.key)}
                style={{ cursor: 'pointer' }}
              >
                <LabelList
                  dataKey="label"
                  position="right"
                  content={(props: { x?: number | string; y?: number | string; value?: unknown; index?: number }) => {
                    const point = points[props.index ?? -1];
                    const short = shortLabel(String(props.value ?? ''));
                    return (
                      <text x={Number(props.x) + 14} y={Number(props.y) + 4} fontSize={11} fontWeight={point?.key === focus ? 700 : 500} fill={CHART_COLORS.reference}>
                        {short}
                      </text>
                    );
                  }}
                />
              </Scatter>
            );
          })}
        </ScatterChart>
      </ResponsiveContainer>
    </figure>
  );
}
