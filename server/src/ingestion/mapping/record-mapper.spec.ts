import { SURVEYS } from '../validation/kinds/surveys';
import { emptyMappingSpec, MappingSpec } from './mapping-spec';
import { RecordMapper } from './record-mapper';

const spec = (over: Partial<MappingSpec> = {}): MappingSpec => ({ ...emptyMappingSpec(), ...over });

function mapper(header: string[], s = spec()): RecordMapper {
  const built = RecordMapper.build(SURVEYS, header, s);
  if (Array.isArray(built)) throw new Error(JSON.stringify(built));
  return built;
}

describe('RecordMapper', () => {
  it('matches columns named like the fields, in any case and spacing', () => {
    const m = mapper(['Site', 'channel', 'Responded At', 'CSAT']);
    expect(m.map(2, ['LIS', 'VOICE', '2026-03-01 10:00', '5'])).toEqual({
      line: 2,
      values: { site: 'LIS', channel: 'VOICE', responded_at: '2026-03-01 10:00', csat: '5' },
    });
  });

  it('joins mapped columns, applies constants and value maps', () => {
    const m = mapper(['date', 'time', 'satisfaction rating', 'chan', 'other'], spec({
      columns: { responded_at: ['date', 'time'], csat: ['Satisfaction Rating'], channel: ['chan'] },
      constants: { site: 'ZRH' },
      values: { channel: { phone: 'VOICE' } },
    }));
    expect(m.map(3, ['01-02-2021', '09:12', '4', 'Phone', 'ignored']).values).toEqual({
      site: 'ZRH', channel: 'VOICE', responded_at: '01-02-2021 09:12', csat: '4',
    });
  });

  it('names unknown columns when there is no mapping (a typo is not silently dropped)', () => {
    expect(RecordMapper.build(SURVEYS, ['site', 'channel', 'responded_at', 'csta'], spec())).toEqual([
      { field: null, value: 'csta', reason: expect.stringMatching(/^unknown column "csta": the fields of surveys are external_id, site/) },
    ]);
  });

  it('names missing required columns and columns a mapping points to in vain', () => {
    expect(RecordMapper.build(SURVEYS, ['csat'], spec())).toEqual([
      { field: 'site, channel, responded_at', value: null, reason: expect.stringMatching(/^missing required columns: site, channel, responded_at/) },
    ]);
    const problems = RecordMapper.build(SURVEYS, ['site', 'channel', 'when'], spec({ columns: { responded_at: ['date'] }, constants: { csta: '1' } }));
    expect(problems).toEqual([
      { field: 'csta', value: null, reason: expect.stringMatching(/--set names "csta", which is not a field of surveys/) },
      { field: 'responded_at', value: 'date', reason: '--map responded_at: the file has no column "date"' },
    ]);
  });

  it('reports a row with the wrong number of fields, tolerating trailing empty ones', () => {
    const m = mapper(['site', 'channel', 'responded_at']);
    expect(m.map(4, ['LIS', 'VOICE']).problems).toEqual([{ line: 4, field: null, value: null, reason: expect.stringMatching(/has 2 fields but the header has 3/) }]);
    expect(m.map(5, ['LIS', 'VOICE', 'x', '', '']).problems).toBeUndefined();
  });

  it('marks rows to skip when a --skip-empty field is empty', () => {
    const m = mapper(['site', 'channel', 'responded_at', 'csat'], spec({ skipEmpty: ['csat'] }));
    expect(m.map(2, ['LIS', 'VOICE', 'x', '']).skip).toBe(true);
    expect(m.map(3, ['LIS', 'VOICE', 'x', '3']).skip).toBeUndefined();
  });
});
