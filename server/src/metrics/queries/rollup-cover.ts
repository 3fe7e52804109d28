import { addDays, bucketStart, type Granularity, type PeriodShift } from '@cxlens/shared';
import type { RollupGrain } from '../../rollups/rollup-grains';

/**
 * Part of a period read from one rollup grain: the rows whose `local_date` lies in [from, to]
 * (for WEEK and MONTH rows, the first days of the whole weeks or months the part is made of).
 */
export interface RollupSegment {
  grain: RollupGrain;
  from: string;
  to: string;
}

export interface CoverNeeds {
  from: string;
  to: string;
  granularity: Granularity;
  /** A comparison period's shift onto the current buckets. */
  shift: PeriodShift | null;
  /** No site attribute is filtered or grouped on and the caller sees every site: the organisation-wide grain answers. */
  organizationWide: boolean;
}

type CoarseUnit = 'WEEK' | 'MONTH';

/**
 * Coarse rows may stand for their days only when every one of those days lands in the same
 * result bucket, after the comparison shift: a week inside an ISO-week bucket (shifted by whole
 * weeks), a month inside a month or quarter bucket (shifted by whole years), anything when
 * there is one bucket.
 */
export function usableUnits(granularity: Granularity, shift: PeriodShift | null): CoarseUnit[] {
  switch (granularity) {
    case 'NONE':
      return ['MONTH', 'WEEK'];
    case 'WEEK':
      return !shift || (shift.years === 0 && shift.days % 7 === 0) ? ['WEEK'] : [];
    case 'MONTH':
    case 'QUARTER':
      return !shift || shift.days === 0 ? ['MONTH'] : [];
    default:
      return [];
  }
}

/** The first day of the week or month holding `date`. */
const unitStart = (unit: CoarseUnit, date: string): string => bucketStart(unit, date);
const nextStart = (unit: CoarseUnit, start: string): string => unitStart(unit, addDays(start, unit === 'WEEK' ? 7 : 31));

/** Starts of the first and last whole units inside [from, to], and the last day of the last; null when none fits. */
function wholeUnits(unit: CoarseUnit, from: string, to: string): { first: string; last: string; end: string } | null {
  const first = unitStart(unit, from) === from ? from : nextStart(unit, unitStart(unit, from));
  const lastHoldingTo = unitStart(unit, to);
  const last = addDays(nextStart(unit, lastHoldingTo), -1) === to ? lastHoldingTo : unitStart(unit, addDays(lastHoldingTo, -1));
  if (first > last) return null;
  return { first, last, end: addDays(nextStart(unit, last), -1) };
}

function cover(from: string, to: string, units: readonly CoarseUnit[]): RollupSegment[] {
  if (from > to) return [];
  const [unit, ...finer] = units;
  if (!unit) return [{ grain: 'DAY', from, to }];
  const whole = wholeUnits(unit, from, to);
  if (!whole) return cover(from, to, finer);
  return [...cover(from, addDays(whole.first, -1), finer), { grain: unit, from: whole.first, to: whole.last }, ...cover(addDays(whole.end, 1), to, finer)];
}

const ORGANIZATION_WIDE: Record<'DAY' | 'WEEK', RollupGrain> = { DAY: 'ORG_DAY', WEEK: 'ORG_WEEK' };

/**
 * The rollup rows that cover every site-local day of [from, to] exactly once: whole months,
 * then whole ISO weeks, then single days at the edges, as far as the buckets allow
 * (usableUnits). Organisation-wide, the same from the organisation-wide weeks and days (there
 * is no organisation-wide month).
 */
export function rollupCover(needs: CoverNeeds): RollupSegment[] {
  const units = usableUnits(needs.granularity, needs.shift);
  if (!needs.organizationWide) return cover(needs.from, needs.to, units);
  return cover(needs.from, needs.to, units.includes('WEEK') ? ['WEEK'] : []).map((segment) => ({
    ...segment,
    grain: ORGANIZATION_WIDE[segment.grain as 'DAY' | 'WEEK'],
  }));
}
