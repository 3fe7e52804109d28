import { addDays, type Granularity } from '@cxlens/shared';
import { formatDate } from '../i18n';

export type TrendGranularity = Extract<Granularity, 'DAY' | 'WEEK' | 'MONTH'>;
export const TREND_GRANULARITIES: readonly TrendGranularity[] = ['DAY', 'WEEK', 'MONTH'];

/** The last site-local day of a bucket that starts on `start`. */
export function bucketEnd(granularity: Granularity, start: string): string {
  switch (granularity) {
    case 'WEEK':
      return addDays(start, 6);
    case 'MONTH': {
      const [year, month] = start.split('-').map(Number);
      return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    }
    case 'QUARTER': {
      const [year, month] = start.split('-').map(Number);
      return new Date(Date.UTC(year, month + 2, 0)).toISOString().slice(0, 10);
    }
    default:
      return start.slice(0, 10);
  }
}

/** A bucket's start as people read it: "3 Nov", "Nov 2026"; weeks by their Monday. */
export function formatBucket(granularity: Granularity, start: string, locale: string, long = false): string {
  const date = Date.parse(`${start.slice(0, 10)}T00:00:00Z`);
  if (granularity === 'MONTH' || granularity === 'QUARTER') {
    return formatDate(locale, date, { month: long ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' });
  }
  return formatDate(locale, date, { day: 'numeric', month: 'short', ...(long ? { year: 'numeric' } : {}), timeZone: 'UTC' });
}

/** A default granularity for a period: days up to six weeks, weeks up to half a year, months beyond. */
export function defaultGranularity(days: number): TrendGranularity {
  if (days <= 45) return 'DAY';
  if (days <= 190) return 'WEEK';
  return 'MONTH';
}
