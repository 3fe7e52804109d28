/// <reference types="jest" />
import { localToEpochMs, weekdayOf } from './time';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const at = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('site-local time', () => {
  it('knows the weekday of an epoch day', () => {
    expect(weekdayOf(day('2025-11-28'))).toBe(5);
    expect(weekdayOf(day('1970-01-01'))).toBe(4);
  });

  it('converts local wall time with the offset of the day', () => {
    expect(at(localToEpochMs('Europe/Lisbon', day('2025-07-01'), 8 * 60))).toBe('2025-07-01T07:00:00.000Z');
    expect(at(localToEpochMs('Europe/Lisbon', day('2025-12-01'), 8 * 60))).toBe('2025-12-01T08:00:00.000Z');
    expect(at(localToEpochMs('Asia/Manila', day('2025-11-03'), 9 * 60 + 30))).toBe('2025-11-03T01:30:00.000Z');
    expect(at(localToEpochMs('Asia/Kathmandu', day('2025-11-03'), 9 * 60 + 30))).toBe('2025-11-03T03:45:00.000Z');
  });

  it('skips wall times that DST removes and maps repeated ones to their first instant', () => {
    expect(localToEpochMs('America/Vancouver', day('2025-03-09'), 2 * 60 + 30)).toBeNull();
    expect(at(localToEpochMs('America/Vancouver', day('2025-03-09'), 3 * 60))).toBe('2025-03-09T10:00:00.000Z');
    expect(at(localToEpochMs('America/Vancouver', day('2025-03-09'), 60))).toBe('2025-03-09T09:00:00.000Z');
    expect(at(localToEpochMs('America/Vancouver', day('2025-11-02'), 60 + 30))).toBe('2025-11-02T08:30:00.000Z');
    expect(at(localToEpochMs('America/Vancouver', day('2025-11-02'), 23 * 60))).toBe('2025-11-03T07:00:00.000Z');
  });
});
