import { parseFilters, sharedSearch, toComparePeriod, toMetricFilter, writeFilters } from './filterParams';

const TODAY = '2026-11-28';
const parse = (search: string) => parseFilters(new URLSearchParams(search), TODAY);

describe('filters in the URL', () => {
  it('defaults to the last 30 days against the previous period, with nothing in the URL', () => {
    const filters = parse('');
    expect(filters).toEqual({
      range: '30d',
      from: '2026-10-29',
      to: '2026-11-27',
      siteIds: [],
      countries: [],
      channels: [],
      programIds: [],
      compare: 'prev',
    });
    expect(writeFilters(new URLSearchParams(), filters).toString()).toBe('');
  });

  it('round-trips every filter through the URL, in one canonical form', () => {
    const filters = parse('range=custom&from=2026-10-01&to=2026-10-31&sites=6,4&countries=PH,CO&channels=VOICE,CHAT&programs=2&compare=yoy');
    const written = writeFilters(new URLSearchParams('lang=zh-CN&metric=NPS'), filters);
    expect(written.toString()).toBe(
      'lang=zh-CN&metric=NPS&range=custom&from=2026-10-01&to=2026-10-31&sites=4%2C6&countries=CO%2CPH&channels=VOICE%2CCHAT&programs=2&compare=yoy',
    );
    expect(parseFilters(written, TODAY)).toEqual(filters);
  });

  it('ignores malformed values instead of failing', () => {
    const filters = parse('range=forever&sites=4,x,4&countries=ph,FR&channels=FAX,SMS&compare=maybe');
    expect(filters).toMatchObject({ range: '30d', siteIds: ['4'], countries: ['FR'], channels: ['SMS'], compare: 'prev' });
  });

  it('reads dates without a range as a custom range, swapping reversed dates', () => {
    expect(parse('from=2026-10-31&to=2026-10-01')).toMatchObject({ range: 'custom', from: '2026-10-01', to: '2026-10-31' });
    expect(parse('range=custom&from=nope&to=2026-10-01').range).toBe('30d');
  });

  it('keeps only the filters and the language when moving to another page', () => {
    expect(sharedSearch(new URLSearchParams('sites=4&metric=NPS&lang=en&focus=4&compare=none'))).toBe('?sites=4&compare=none&lang=en');
    expect(sharedSearch(new URLSearchParams('metric=NPS'))).toBe('');
  });

  it('becomes the MetricFilter and comparison of the API', () => {
    expect(toMetricFilter(parse('sites=4&channels=CHAT'))).toEqual({ from: '2026-10-29', to: '2026-11-27', siteIds: ['4'], channels: ['CHAT'] });
    expect(toComparePeriod('prev')).toBe('PREVIOUS_PERIOD');
    expect(toComparePeriod('yoy')).toBe('SAME_PERIOD_LAST_YEAR');
    expect(toComparePeriod('none')).toBeNull();
  });
});
