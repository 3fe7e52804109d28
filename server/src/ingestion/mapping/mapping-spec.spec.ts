import { emptyMappingSpec, MappingSyntaxError, overlaySpec, parseColumnMap, parseConstants, parseList, parseValueMaps, specFromJson } from './mapping-spec';

describe('mapping options', () => {
  it('maps fields to columns, quoted names and date+time combinations', () => {
    expect(parseColumnMap('responded_at=date+time,csat="satisfaction rating",answered="answered (Y/N)"')).toEqual({
      responded_at: ['date', 'time'],
      csat: ['satisfaction rating'],
      answered: ['answered (Y/N)'],
    });
    expect(parseColumnMap('comment="Notes, free text",x="a ""quoted"" name"')).toEqual({ comment: ['Notes, free text'], x: ['a "quoted" name'] });
    expect(parseColumnMap('external_id=call id')).toEqual({ external_id: ['call id'] });
  });

  it('reads constants and value maps for several fields', () => {
    expect(parseConstants('site=ZRH,channel=VOICE')).toEqual({ site: 'ZRH', channel: 'VOICE' });
    expect(parseValueMaps('answered:Y=true,N=false,channel:Email=EMAIL,Social media=SOCIAL,"10:00"=x')).toEqual({
      answered: { y: 'true', n: 'false' },
      channel: { email: 'EMAIL', 'social media': 'SOCIAL', '10:00': 'x' },
    });
    expect(parseList('MM-DD-YYYY, M/D/YYYY')).toEqual(['MM-DD-YYYY', 'M/D/YYYY']);
  });

  it('explains malformed options', () => {
    expect(() => parseColumnMap('csat')).toThrow(new MappingSyntaxError('--map: "csat" is not of the form field=value'));
    expect(() => parseColumnMap('csat="open')).toThrow(/unclosed quote/);
    expect(() => parseColumnMap('x=a+')).toThrow(/empty column name/);
    expect(() => parseValueMaps('Y=true')).toThrow(/start with the field/);
  });

  it('overlays options on a saved mapping field by field', () => {
    const saved = { ...emptyMappingSpec(), columns: { csat: ['rating'] }, values: { answered: { y: 'true' } }, dateFormats: ['DD.MM.YYYY'] };
    expect(overlaySpec(saved, { columns: { nps: ['nps score'] }, values: { answered: { n: 'false' } }, dateFormats: [], skipEmpty: ['csat'] })).toEqual({
      columns: { csat: ['rating'], nps: ['nps score'] },
      constants: {},
      values: { answered: { y: 'true', n: 'false' } },
      dateFormats: ['DD.MM.YYYY'],
      skipEmpty: ['csat'],
    });
  });

  it('reads saved specs back and refuses other shapes', () => {
    expect(specFromJson({ columns: { a: ['b'] } })).toEqual({ ...emptyMappingSpec(), columns: { a: ['b'] } });
    expect(() => specFromJson({ columns: { a: 'b' } })).toThrow(MappingSyntaxError);
  });
});
