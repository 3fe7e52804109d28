import { parseDateFormat, parseTimestamp } from './timestamps';

const formats = (...f: string[]) => f.map(parseDateFormat);

describe('parseTimestamp', () => {
  it('reads ISO 8601 with an offset as an instant', () => {
    expect(parseTimestamp('2026-03-01T14:30:00+01:00', [])).toEqual({ kind: 'instant', iso: '2026-03-01T13:30:00.000Z' });
    expect(parseTimestamp('2026-03-01T14:30:00.25Z', [])).toEqual({ kind: 'instant', iso: '2026-03-01T14:30:00.250Z' });
    expect(parseTimestamp('2026-03-01 14:30 -0530', [])).toEqual({ kind: 'instant', iso: '2026-03-01T20:00:00.000Z' });
  });

  it('reads a time without offset as site-local wall-clock time', () => {
    expect(parseTimestamp('2026-03-01 14:30', [])).toEqual({ kind: 'local', local: '2026-03-01 14:30:00.000' });
    expect(parseTimestamp('2026-03-01', [])).toEqual({ kind: 'local', local: '2026-03-01 00:00:00.000' });
  });

  it('applies date-format hints, with a time part appended (date+time columns)', () => {
    const f = formats('MM-DD-YYYY', 'M/D/YYYY');
    expect(parseTimestamp('01-13-2021 09:12:58', f)).toEqual({ kind: 'local', local: '2021-01-13 09:12:58.000' });
    expect(parseTimestamp('1/3/2021 9:05:00', f)).toEqual({ kind: 'local', local: '2021-01-03 09:05:00.000' });
    expect(parseTimestamp('22.03.2021 17:45', formats('DD.MM.YYYY HH:mm'))).toEqual({ kind: 'local', local: '2021-03-22 17:45:00.000' });
  });

  it('calls a value that several formats read differently ambiguous, never guessing', () => {
    const result = parseTimestamp('01-02-2021', formats('MM-DD-YYYY', 'DD-MM-YYYY'));
    expect(result).toEqual({ reason: expect.stringMatching(/^ambiguous date: reads as 2021-01-02 \(MM-DD-YYYY\) or 2021-02-01 \(DD-MM-YYYY\)/) });
    // Formats that agree are not ambiguous.
    expect(parseTimestamp('01-01-2021', formats('MM-DD-YYYY', 'DD-MM-YYYY'))).toEqual({ kind: 'local', local: '2021-01-01 00:00:00.000' });
    // Only one format can read a day above 12.
    expect(parseTimestamp('13-01-2021', formats('MM-DD-YYYY', 'DD-MM-YYYY'))).toEqual({ kind: 'local', local: '2021-01-13 00:00:00.000' });
  });

  it('rejects impossible dates and unknown layouts with the reason', () => {
    expect(parseTimestamp('2026-02-30', [])).toEqual({ reason: 'not a valid date: day 30 does not exist in 2026-02' });
    expect(parseTimestamp('2026-03-01 25:00', [])).toEqual({ reason: 'not a valid date: the time of day is out of range' });
    expect(parseTimestamp('03/01/2026', [])).toEqual({ reason: expect.stringMatching(/^not a date\/time in a known format; expected ISO 8601/) });
    expect(parseTimestamp('1850-01-01', [])).toEqual({ reason: 'not a valid date: year 1850 is outside 1900-2100' });
  });

  it('refuses a format without a year, month or day', () => {
    expect(() => parseDateFormat('MM-DD')).toThrow('date format "MM-DD" has no YYYY');
    expect(() => parseDateFormat('YYYY-MM')).toThrow(/has no DD or D/);
  });
});

describe('parseTimestamp, UTC instants', () => {
  it('writes what toISOString() writes, a fraction rounded up to the next second included', () => {
    for (const [raw, ms] of [['2026-03-01T14:30:00Z', 0], ['2026-12-31T23:59:59.9996Z', 999.6], ['2000-02-29 00:00:00.5Z', 500], ['1900-01-01T00:00Z', 0]] as const) {
      const expected = new Date(Date.UTC(Number(raw.slice(0, 4)), Number(raw.slice(5, 7)) - 1, Number(raw.slice(8, 10)), Number(raw.slice(11, 13)), Number(raw.slice(14, 16)), Number(raw.slice(17, 19) || 0)) + Math.round(ms));
      expect(parseTimestamp(raw, [])).toEqual({ kind: 'instant', iso: expected.toISOString() });
    }
  });
});
