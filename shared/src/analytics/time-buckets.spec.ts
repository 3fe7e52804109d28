import { addDays, addYears, daysInclusive, epochDay, isLocalDate, isoWeekday } from './local-dates';
import { bucketLabel, bucketStart, calendarBuckets, comparisonWindow, isoWeek, sparklineGranularity } from './time-buckets';

describe('local dates', () => {
  it('accepts real ISO calendar dates only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2026-3-8')).toBe(false);
    expect(isLocalDate('2026-03-08T00:00')).toBe(false);
    expect(() => epochDay('tomorrow')).toThrow(/expected an ISO date/);
  });

  it('adds days and years on the calendar, clamping 29 February like PostgreSQL', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2025-03-01', -1)).toBe('2024-03-01');
    expect(daysInclusive('2026-03-01', '2026-03-31')).toBe(31);
  });

  it('numbers weekdays the ISO way (Monday = 1)', () => {
    expect(isoWeekday('2026-03-02')).toBe(1); // Monday
    expect(isoWeekday('2026-03-08')).toBe(7); // Sunday
    expect(isoWeekday('1969-12-29')).toBe(1); // before the epoch too
  });
});

describe('calendar buckets', () => {
  it('starts weeks on Monday, months and quarters on their first day', () => {
    expect(bucketStart('WEEK', '2026-03-08')).toBe('2026-03-02'); // Sunday -> its Monday
    expect(bucketStart('WEEK', '2026-03-09')).toBe('2026-03-09');
    expect(bucketStart('MONTH', '2026-03-31')).toBe('2026-03-01');
    expect(bucketStart('QUARTER', '2026-08-15')).toBe('2026-07-01');
    expect(bucketStart('DAY', '2026-08-15')).toBe('2026-08-15');
  });

  it('lists every bucket touching the range', () => {
    expect(calendarBuckets('WEEK', '2026-03-01', '2026-03-16')).toEqual(['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16']);
    expect(calendarBuckets('MONTH', '2025-11-15', '2026-02-01')).toEqual(['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01']);
    expect(calendarBuckets('QUARTER', '2026-01-01', '2026-12-31')).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
    expect(calendarBuckets('DAY', '2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });

  it('labels buckets with ISO weeks, months and quarters', () => {
    expect(isoWeek('2026-03-02')).toEqual({ year: 2026, week: 10 });
    expect(isoWeek('2025-12-29')).toEqual({ year: 2026, week: 1 }); // its Thursday is 1 Jan 2026
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(bucketLabel('WEEK', '2025-12-29')).toBe('2026-W01');
    expect(bucketLabel('MONTH', '2026-03-01')).toBe('2026-03');
    expect(bucketLabel('QUARTER', '2026-10-01')).toBe('2026-Q4');
    expect(bucketLabel('HOUR', '2026-03-08T03:00')).toBe('2026-03-08 03:00');
  });
});

describe('comparison periods', () => {
  it('takes the same number of days just before for PREVIOUS_PERIOD', () => {
    expect(comparisonWindow('PREVIOUS_PERIOD', '2026-03-01', '2026-03-31')).toEqual({
      from: '2026-01-29',
      to: '2026-02-28',
      shift: { days: 31, years: 0 },
    });
    expect(comparisonWindow('PREVIOUS_PERIOD', '2026-03-08', '2026-03-08').from).toBe('2026-03-07');
  });

  it('takes the same calendar days a year earlier, including 29 February', () => {
    expect(comparisonWindow('SAME_PERIOD_LAST_YEAR', '2025-02-01', '2025-02-28')).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
      shift: { days: 0, years: 1 },
    });
    expect(comparisonWindow('SAME_PERIOD_LAST_YEAR', '2026-03-01', '2026-03-31')).toMatchObject({ from: '2025-03-01', to: '2025-03-31' });
  });

  it('draws sparklines daily up to 45 days, weekly beyond', () => {
    expect(sparklineGranularity('2026-01-01', '2026-02-14')).toBe('DAY'); // 45 days
    expect(sparklineGranularity('2026-01-01', '2026-02-15')).toBe('WEEK');
  });
});
