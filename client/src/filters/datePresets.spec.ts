import { localToday, resolvePreset } from './datePresets';

describe('resolvePreset', () => {
  const today = '2026-11-28';

  it('ends rolling ranges yesterday, so no day in progress is counted', () => {
    expect(resolvePreset('7d', today)).toEqual({ from: '2026-11-21', to: '2026-11-27' });
    expect(resolvePreset('30d', today)).toEqual({ from: '2026-10-29', to: '2026-11-27' });
    expect(resolvePreset('90d', today)).toEqual({ from: '2026-08-30', to: '2026-11-27' });
  });

  it('covers calendar months and quarters', () => {
    expect(resolvePreset('thisMonth', today)).toEqual({ from: '2026-11-01', to: '2026-11-27' });
    expect(resolvePreset('lastMonth', today)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(resolvePreset('thisQuarter', today)).toEqual({ from: '2026-10-01', to: '2026-11-27' });
    expect(resolvePreset('lastQuarter', today)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('crosses year ends and leap days', () => {
    expect(resolvePreset('lastMonth', '2027-01-15')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(resolvePreset('lastQuarter', '2027-02-10')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(resolvePreset('lastMonth', '2028-03-05')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('keeps "this month" non-empty on its first day', () => {
    expect(resolvePreset('thisMonth', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
  });
});

describe('localToday', () => {
  it('reads the calendar date of the browser', () => {
    expect(localToday(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
  });
});
