import { checkSpec, parseImportOptions, parseSiteDefaults, UsageError } from './import-options';
import { emptyMappingSpec } from './mapping/mapping-spec';

describe('import options', () => {
  it('reads the query of POST /api/imports/:kind', () => {
    const options = parseImportOptions('contacts', {
      mode: 'partial', dryRun: 'true', map: ['started_at=date+time', 'csat="satisfaction rating"'], set: 'site=ZRH,channel=VOICE',
      values: 'answered:Y=true,N=false', dateFormat: 'MM-DD-YYYY,M/D/YYYY', skipEmpty: 'csat', createMissing: '',
      siteDefaults: 'country=ch,timeZone=Europe/Zurich', slThreshold: '30', fileName: 'calls.csv',
    }, 'text/csv; charset=utf-8');
    expect(options).toEqual({
      kind: 'contacts', format: 'csv', mode: 'partial', dryRun: true, fileName: 'calls.csv', mappingName: null, saveMappingAs: null,
      overrides: {
        columns: { started_at: ['date', 'time'], csat: ['satisfaction rating'] },
        constants: { site: 'ZRH', channel: 'VOICE' },
        values: { answered: { y: 'true', n: 'false' } },
        dateFormats: ['MM-DD-YYYY', 'M/D/YYYY'],
        skipEmpty: ['csat'],
      },
      createMissing: true, siteDefaults: { country: 'CH', timeZone: 'Europe/Zurich' }, slThresholdS: 30,
    });
  });

  it('tells the format from ?format, the content type or the file name', () => {
    expect(parseImportOptions('surveys', { format: 'ndjson' }, 'application/json').format).toBe('ndjson');
    expect(parseImportOptions('surveys', {}, 'application/x-ndjson').format).toBe('ndjson');
    expect(parseImportOptions('surveys', { fileName: 'x.jsonl' }).format).toBe('ndjson');
    expect(() => parseImportOptions('surveys', {}, 'application/json')).toThrow(/Content-Type text\/csv or application\/x-ndjson/);
  });

  it('explains what is wrong', () => {
    const fails = (kind: string, q: Record<string, unknown>) => () => parseImportOptions(kind, q, 'text/csv');
    expect(fails('tickets', {})).toThrow(new UsageError('unknown import kind "tickets"; use one of surveys, evaluations, kpis, contacts'));
    expect(fails('surveys', { mode: 'lenient' })).toThrow('mode must be strict or partial, got "lenient"');
    expect(fails('surveys', { map: 'csat' })).toThrow('--map: "csat" is not of the form field=value');
    expect(fails('surveys', { slThreshold: '0' })).toThrow(/slThreshold must be whole seconds/);
    expect(fails('surveys', { mapping: 'has space' })).toThrow(/mapping must be a name/);
    expect(() => parseSiteDefaults('country=CH,timeZone=Mars/Base')).toThrow('siteDefaults timeZone "Mars/Base" is not an IANA time zone such as Europe/Lisbon');
    expect(() => parseSiteDefaults('timeZone=Europe/Zurich')).toThrow(/siteDefaults country/);
  });

  it('checks the effective mapping against the kind', () => {
    expect(() => checkSpec('surveys', { ...emptyMappingSpec(), constants: { wait_s: '3' } })).toThrow(/--set names "wait_s", which is not a field of surveys/);
    expect(() => checkSpec('surveys', { ...emptyMappingSpec(), dateFormats: ['DD-MM'] })).toThrow(/has no YYYY/);
    expect(checkSpec('surveys', { ...emptyMappingSpec(), dateFormats: ['DD.MM.YYYY'] })).toHaveLength(1);
  });
});
