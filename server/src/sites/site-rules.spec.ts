import { isIanaTimeZone, programProblems, siteProblems } from './site-rules';

describe('site and program rules', () => {
  const good = { code: 'LIS-1', name: 'Lisbon', city: 'Lisbon', country: 'PT', timeZone: 'Europe/Lisbon' };

  it('accepts a complete site and reports every missing field on create', () => {
    expect(siteProblems(good, true)).toEqual([]);
    expect(siteProblems({}, true).map((p) => p.field)).toEqual(['code', 'name', 'city', 'country', 'timeZone']);
    expect(siteProblems({ name: 'New name' }, false)).toEqual([]);
  });

  it('names the field and the rule', () => {
    expect(siteProblems({ ...good, code: '-x', country: 'pt', timeZone: 'Mars/Base', city: ' ' }, true)).toEqual([
      { field: 'code', reason: expect.stringMatching(/letters, digits/) },
      { field: 'city', reason: 'must be 1-200 characters, not blank' },
      { field: 'country', reason: '"pt" must be an ISO 3166-1 alpha-2 code in capitals, e.g. PT' },
      { field: 'timeZone', reason: '"Mars/Base" is not an IANA time zone such as Europe/Lisbon' },
    ]);
  });

  it('knows IANA zones and refuses offsets', () => {
    expect(isIanaTimeZone('Asia/Kathmandu')).toBe(true);
    expect(isIanaTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isIanaTimeZone('+02:00')).toBe(false);
    expect(isIanaTimeZone('')).toBe(false);
  });

  it('checks programs', () => {
    expect(programProblems({ code: 'TELCO', name: 'Telco' }, true)).toEqual([]);
    expect(programProblems({ code: 'has space' }, false)).toEqual([{ field: 'code', reason: expect.stringMatching(/letters, digits/) }]);
  });
});
