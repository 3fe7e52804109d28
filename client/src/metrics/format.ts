import { METRICS, formatDuration, formatMetricValue, type MetricId } from '@cxlens/shared';
import { formatNumber } from '../i18n';

// Display helpers around the shared registry: units, decimals and direction come from METRICS,
// values from formatMetricValue; nothing here computes a metric.

export { formatMetricValue };

export type Tone = 'better' | 'worse' | 'neutral';

/** A change in display units: "+1.2 pts" for percentages, "+12s" for durations, "+3" for NPS. */
export function formatDelta(id: MetricId, delta: number | null, locale: string, pointsUnit: string): string {
  if (delta === null || !Number.isFinite(delta)) return '—';
  const { unit, decimals } = METRICS[id];
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'exceptZero' } as const;
  switch (unit) {
    case 'PERCENT':
      return `${formatNumber(locale, delta, digits)} ${pointsUnit}`;
    case 'SECONDS':
      return `${delta > 0 ? '+' : ''}${formatDuration(delta)}`;
    case 'NPS':
    case 'SCORE':
    case 'COUNT':
      return formatNumber(locale, delta, digits);
  }
}

/** Whether a change is good news: only a significant change in a metric with a direction is. */
export function deltaTone(id: MetricId, delta: number | null, significant: boolean | null): Tone {
  const direction = METRICS[id].higherIsBetter;
  if (!significant || delta === null || delta === 0 || direction === null) return 'neutral';
  return delta > 0 === direction ? 'better' : 'worse';
}

/** "p < 0.001", "p = 0.032". */
export function formatPValue(p: number | null, locale: string): string {
  if (p === null || !Number.isFinite(p)) return '—';
  if (p < 0.001) return `p < ${formatNumber(locale, 0.001)}`;
  return `p = ${formatNumber(locale, p, { maximumFractionDigits: p < 0.01 ? 3 : 2, minimumFractionDigits: 2 })}`;
}

/** "75.0%–76.6%": the 95% interval in the metric's own format. */
export function formatInterval(id: MetricId, low: number | null, high: number | null, locale: string): string | null {
  if (low === null || high === null) return null;
  return `${formatMetricValue(id, low, locale)} – ${formatMetricValue(id, high, locale)}`;
}

/** A sample size: whole numbers with grouping. */
export function formatCount(n: number | null | undefined, locale: string): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return formatNumber(locale, Math.round(n));
}

/** A correlation coefficient, signed, two decimals. */
export function formatR(r: number | null, locale: string): string {
  if (r === null || !Number.isFinite(r)) return '—';
  return formatNumber(locale, r, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
}

/** Rounds a value for CSV files: the metric's decimals plus one, so exported numbers are not spuriously precise. */
export function csvValue(id: MetricId, value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** (METRICS[id].decimals + 1);
  return Math.round(value * factor) / factor;
}

export function roundTo(value: number | null, decimals: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
