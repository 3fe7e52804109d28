import { addDays } from '@cxlens/shared';

/** Date ranges offered by the filter bar; `custom` reads `from` and `to` from the URL. */
export const RANGE_PRESETS = ['7d', '30d', '90d', 'thisMonth', 'lastMonth', 'thisQuarter', 'lastQuarter', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_RANGE: RangePreset = '30d';

export interface DateRange {
  from: string;
  to: string;
}

const pad = (value: number) => String(value).padStart(2, '0');
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** Today's calendar date where the browser is: presets are relative to it. */
export function localToday(now: Date = new Date()): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The days a preset covers. Rolling presets end yesterday: a day still in progress would show as
 * a dip on every trend. "This month/quarter" run to yesterday too (today on their first day).
 */
export function resolvePreset(preset: Exclude<RangePreset, 'custom'>, today: string): DateRange {
  const yesterday = addDays(today, -1);
  const [year, month] = today.split('-').map(Number);
  const quarterStartMonth = Math.floor((month - 1) / 3) * 3 + 1;
  const sinceStartOf = (from: string): DateRange => ({ from, to: yesterday < from ? from : yesterday });
  switch (preset) {
    case '7d':
      return { from: addDays(today, -7), to: yesterday };
    case '30d':
      return { from: addDays(today, -30), to: yesterday };
    case '90d':
      return { from: addDays(today, -90), to: yesterday };
    case 'thisMonth':
      return sinceStartOf(isoDate(year, month, 1));
    case 'lastMonth': {
      const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
      return { from: isoDate(y, m, 1), to: isoDate(y, m, lastDayOfMonth(y, m)) };
    }
    case 'thisQuarter':
      return sinceStartOf(isoDate(year, quarterStartMonth, 1));
    case 'lastQuarter': {
      const [y, m] = quarterStartMonth === 1 ? [year - 1, 10] : [year, quarterStartMonth - 3];
      return { from: isoDate(y, m, 1), to: isoDate(y, m + 2, lastDayOfMonth(y, m + 2)) };
    }
    default: {
      const unreachable: never = preset;
      return unreachable;
    }
  }
}

export function isRangePreset(value: unknown): value is RangePreset {
  return typeof value === 'string' && (RANGE_PRESETS as readonly string[]).includes(value);
}
