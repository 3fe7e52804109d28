import { addDays, bucketStart, daysInclusive, type Granularity, type PeriodShift } from '@cxlens/shared';
import { RollupSegment, rollupCover, usableUnits } from './rollup-cover';

const cover = (from: string, to: string, granularity: Granularity = 'NONE', shift: PeriodShift | null = null, organizationWide = false) =>
  rollupCover({ from, to, granularity, shift, organizationWide });

/** Every local date a segment stands for. */
function daysOf(segment: RollupSegment): string[] {
  const days: string[] = [];
  const end = segment.grain === 'WEEK' || segment.grain === 'ORG_WEEK' ? addDays(segment.to, 6) : segment.grain === 'MONTH' ? addDays(bucketStart('MONTH', addDays(segment.to, 31)), -1) : segment.to;
  for (let d = segment.from; d <= end; d = addDays(d, 1)) days.push(d);
  return days;
}

describe('rollupCover', () => {
  it('reads a quarter as whole months, then whole ISO weeks, then days at the edges', () => {
    expect(cover('2026-08-29', '2026-11-27')).toEqual([
      { grain: 'DAY', from: '2026-08-29', to: '2026-08-31' },
      { grain: 'MONTH', from: '2026-09-01', to: '2026-10-01' },
      { grain: 'DAY', from: '2026-11-01', to: '2026-11-01' },
      { grain: 'WEEK', from: '2026-11-02', to: '2026-11-16' },
      { grain: 'DAY', from: '2026-11-23', to: '2026-11-27' },
    ]);
  });

  it('keeps weeks out of month buckets and months out of week buckets', () => {
    expect(cover('2026-01-01', '2026-03-31', 'MONTH')).toEqual([{ grain: 'MONTH', from: '2026-01-01', to: '2026-03-01' }]);
    expect(cover('2026-01-01', '2026-03-31', 'WEEK').map((s) => s.grain)).toEqual(['DAY', 'WEEK', 'DAY']);
    expect(cover('2026-01-01', '2026-03-31', 'DAY')).toEqual([{ grain: 'DAY', from: '2026-01-01', to: '2026-03-31' }]);
  });

  it('uses coarse rows of a comparison period only when the shift keeps their days in one bucket', () => {
    expect(usableUnits('WEEK', { days: 91, years: 0 })).toEqual(['WEEK']);
    expect(usableUnits('WEEK', { days: 90, years: 0 })).toEqual([]);
    expect(usableUnits('WEEK', { days: 0, years: 1 })).toEqual([]);
    expect(usableUnits('MONTH', { days: 0, years: 1 })).toEqual(['MONTH']);
    expect(usableUnits('QUARTER', { days: 90, years: 0 })).toEqual([]);
    expect(usableUnits('NONE', { days: 90, years: 0 })).toEqual(['MONTH', 'WEEK']);
    expect(usableUnits('HOUR', null)).toEqual([]);
  });

  it('answers organisation-wide questions from the organisation-wide weeks and days', () => {
    expect(cover('2024-01-01', '2025-12-31', 'WEEK', null, true)).toEqual([
      { grain: 'ORG_WEEK', from: '2024-01-01', to: '2025-12-22' },
      { grain: 'ORG_DAY', from: '2025-12-29', to: '2025-12-31' },
    ]);
    // The Overview's 90 days, and its previous period in total: whole weeks, days at the edges.
    expect(cover('2026-08-30', '2026-11-27', 'WEEK', null, true).map((s) => s.grain)).toEqual(['ORG_DAY', 'ORG_WEEK', 'ORG_DAY']);
    expect(cover('2026-06-01', '2026-08-29', 'NONE', { days: 90, years: 0 }, true).map((s) => s.grain)).toEqual(['ORG_WEEK', 'ORG_DAY']);
    // No organisation-wide months: month buckets and day buckets read the days.
    expect(cover('2026-01-01', '2026-03-31', 'MONTH', null, true)).toEqual([{ grain: 'ORG_DAY', from: '2026-01-01', to: '2026-03-31' }]);
    expect(cover('2026-01-01', '2026-03-31', 'DAY', null, true)).toEqual([{ grain: 'ORG_DAY', from: '2026-01-01', to: '2026-03-31' }]);
  });

  it('covers every day of any period exactly once', () => {
    for (let i = 0; i < 400; i++) {
      const from = addDays('2023-12-20', (i * 37) % 500);
      const to = addDays(from, (i * 53) % 400);
      for (const granularity of ['NONE', 'WEEK', 'MONTH', 'QUARTER', 'DAY'] as const) {
        for (const organizationWide of [false, true]) {
          const days = cover(from, to, granularity, null, organizationWide).flatMap(daysOf);
          expect(days.length).toBe(daysInclusive(from, to));
          expect(new Set(days).size).toBe(days.length);
          expect([...days].sort()[0]).toBe(from);
          expect([...days].sort()[days.length - 1]).toBe(to);
        }
      }
    }
  });
});
