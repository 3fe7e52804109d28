import { METRICS, type MetricId } from '@cxlens/shared';
import { CHART_COLORS } from './palette';

/**
 * A value with its 95% interval on the metric's scale, small enough for a table cell: the line is
 * the interval, the dot the value, the tick the reference (the organization).
 */
export function IntervalBar({
  metric,
  value,
  low,
  high,
  reference,
  domain,
}: {
  metric: MetricId;
  value: number | null;
  low: number | null;
  high: number | null;
  reference?: number | null;
  /** The range the bars of one table share; default the metric's scale. */
  domain?: [number, number];
}) {
  const scale = METRICS[metric].scale;
  const [min, max] = domain ?? [scale.min, scale.max ?? Math.max(value ?? 0, high ?? 0, 1)];
  const x = (v: number) => `${Math.max(0, Math.min(100, ((v - min) / (max - min || 1)) * 100))}%`;
  return (
    <svg className="interval-bar" width="100%" height="14" aria-hidden="true" focusable="false">
      <line x1="0" x2="100%" y1="7" y2="7" stroke={CHART_COLORS.grid} strokeWidth={4} strokeLinecap="round" />
      {low !== null && high !== null ? <line x1={x(low)} x2={x(high)} y1="7" y2="7" stroke={CHART_COLORS.band} strokeWidth={6} /> : null}
      {reference !== null && reference !== undefined ? <line x1={x(reference)} x2={x(reference)} y1="1" y2="13" stroke={CHART_COLORS.reference} strokeWidth={1.5} /> : null}
      {value !== null ? <circle cx={x(value)} cy="7" r="4" fill={CHART_COLORS.primary} /> : null}
    </svg>
  );
}

/** A shared domain for the interval bars of one column, padded a little. */
export function intervalDomain(values: readonly (number | null)[]): [number, number] | undefined {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!finite.length) return undefined;
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const pad = (max - min) * 0.1 || Math.abs(max) * 0.05 || 1;
  return [min - pad, max + pad];
}
