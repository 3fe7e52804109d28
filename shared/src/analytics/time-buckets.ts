import { assertNever } from '../metrics/never';
import { addDays, addYears, daysInclusive, epochDay, fromEpochDay, isoWeekday } from './local-dates';
import { ComparePeriod, Granularity } from './enums';

/** Granularities whose buckets are whole local days, so daily rollups can answer them. */
export type CalendarGranularity = Extract<Granularity, 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER'>;

export function isCalendarGranularity(granularity: Granularity): granularity is CalendarGranularity {
  return granularity === 'DAY' || granularity === 'WEEK' || granularity === 'MONTH' || granularity === 'QUARTER';
}

/** First local day of the bucket holding `date`: itself, its ISO week's Monday, its month's or quarter's first day. */
export function bucketStart(granularity: CalendarGranularity, date: string): string {
  switch (granularity) {
    case 'DAY':
      return addDays(date, 0);
    case 'WEEK':
      return addDays(date, 1 - isoWeekday(date));
    case 'MONTH':
      return `${date.slice(0, 8)}01`;
    case 'QUARTER': {
      const month = Number(date.slice(5, 7));
      const first = month - ((month - 1) % 3);
      return `${date.slice(0, 5)}${String(first).padStart(2, '0')}-01`;
    }
    default:
      return assertNever(granularity);
  }
}

function nextBucket(granularity: CalendarGranularity, start: string): string {
  switch (granularity) {
    case 'DAY':
      return addDays(start, 1);
    case 'WEEK':
      return addDays(start, 7);
    case 'MONTH':
    case 'QUARTER': {
      const step = granularity === 'MONTH' ? 1 : 3;
      const d = new Date(epochDay(start) * 86_400_000);
      return fromEpochDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1) / 86_400_000);
    }
    default:
      return assertNever(granularity);
  }
}

/** Starts of every bucket touching [from, to], in order; the first may begin before `from`. */
export function calendarBuckets(granularity: CalendarGranularity, from: string, to: string): string[] {
  const starts: string[] = [];
  const last = epochDay(to);
  for (let start = bucketStart(granularity, from); epochDay(start) <= last; start = nextBucket(granularity, start)) {
    starts.push(start);
  }
  return starts;
}

/** ISO 8601 week-numbering year and week of a date (the week belongs to the year of its Thursday). */
export function isoWeek(date: string): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((epochDay(thursday) - epochDay(`${year}-01-01`)) / 7) + 1;
  return { year, week };
}

/**
 * A language-neutral label for a bucket start ('2026-03-08', '2026-W10', '2026-03', '2026-Q1',
 * '2026-03-08 03:00'); the client formats it for the reader's locale.
 */
export function bucketLabel(granularity: Exclude<Granularity, 'NONE'>, start: string): string {
  switch (granularity) {
    case 'HOUR':
      return start.replace('T', ' ');
    case 'DAY':
      return start;
    case 'WEEK': {
      const { year, week } = isoWeek(start);
      return `${year}-W${String(week).padStart(2, '0')}`;
    }
    case 'MONTH':
      return start.slice(0, 7);
    case 'QUARTER':
      return `${start.slice(0, 4)}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;
    default:
      return assertNever(granularity);
  }
}

/** How far the comparison period lies before the current one. */
export interface PeriodShift {
  days: number;
  years: number;
}

export interface ComparisonWindow {
  from: string;
  to: string;
  /** Added to a comparison-period date, it lands on the matching current-period date. */
  shift: PeriodShift;
}

/**
 * The comparison period of [from, to]: the same number of days just before it, or the same
 * calendar days one year earlier (a range ending 28 Feb 2025 is compared up to 29 Feb 2024).
 */
export function comparisonWindow(compareTo: ComparePeriod, from: string, to: string): ComparisonWindow {
  switch (compareTo) {
    case 'PREVIOUS_PERIOD': {
      const days = daysInclusive(from, to);
      return { from: addDays(from, -days), to: addDays(from, -1), shift: { days, years: 0 } };
    }
    case 'SAME_PERIOD_LAST_YEAR':
      return { from: addYears(from, -1), to: addDays(addYears(addDays(to, 1), -1), -1), shift: { days: 0, years: 1 } };
    default:
      return assertNever(compareTo);
  }
}

/** Dashboard sparklines: daily points up to this many days, weekly beyond. */
export const DAILY_SPARKLINE_MAX_DAYS = 45;

export function sparklineGranularity(from: string, to: string): 'DAY' | 'WEEK' {
  return daysInclusive(from, to) <= DAILY_SPARKLINE_MAX_DAYS ? 'DAY' : 'WEEK';
}
