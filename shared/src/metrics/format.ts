import { MetricId } from './ids';
import { METRICS } from './registry';

export const MISSING_VALUE = '—';

/** Seconds as '45s', '4m 05s' or '1h 02m 05s', rounded to the second. */
export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const total = Math.round(Math.abs(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (x: number): string => String(x).padStart(2, '0');
  if (h > 0) return `${sign}${h}h ${pad(m)}m ${pad(s)}s`;
  if (m > 0) return `${sign}${m}m ${pad(s)}s`;
  return `${sign}${s}s`;
}

/** A metric value for display in the given locale; '—' for null. */
export function formatMetricValue(id: MetricId, value: number | null, locale = 'en'): string {
  if (value === null || !Number.isFinite(value)) return MISSING_VALUE;
  const { unit, decimals } = METRICS[id];
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  switch (unit) {
    case 'PERCENT':
      return new Intl.NumberFormat(locale, { style: 'percent', ...digits }).format(value / 100);
    case 'NPS':
      return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', ...digits }).format(value);
    case 'SECONDS':
      return formatDuration(value);
    case 'SCORE':
    case 'COUNT':
      return new Intl.NumberFormat(locale, digits).format(value);
  }
}
