import { evaluationFilter, responseFilter, responsesExportUrl, unhappiness } from './recordParams';

const base = { from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z', siteIds: ['4'] };

describe('responseFilter', () => {
  it('adds the search, the score threshold and the comment flag to the window', () => {
    expect(responseFilter(base, { search: '  refund ', score: 'detractors', commentsOnly: true })).toEqual({
      ...base,
      search: 'refund',
      npsMax: 6,
      withCommentOnly: true,
    });
    expect(responseFilter(base, { search: '', score: 'dsat', commentsOnly: false })).toEqual({ ...base, csatMax: 2 });
  });
});

describe('responsesExportUrl', () => {
  it('puts the list filter in the export query, lists comma-separated', () => {
    expect(responsesExportUrl({ ...base, siteIds: ['4', '6'], channels: ['CHAT', 'VOICE'], search: 'a&b', csatMax: 2, withCommentOnly: true })).toBe(
      '/api/exports/responses.csv?from=2026-10-01T00%3A00%3A00.000Z&to=2026-11-01T00%3A00%3A00.000Z&siteIds=4%2C6&channels=CHAT%2CVOICE&search=a%26b&csatMax=2',
    );
    expect(responsesExportUrl({})).toBe('/api/exports/responses.csv');
    expect(responsesExportUrl({ npsMax: 6, programIds: ['1'] })).toBe('/api/exports/responses.csv?programIds=1&npsMax=6');
  });
});

describe('evaluationFilter', () => {
  it('narrows to a kind and to critical failures', () => {
    expect(evaluationFilter(base, { kind: 'QA', criticalOnly: true })).toEqual({ ...base, kind: 'QA', criticalFailedOnly: true });
    expect(evaluationFilter(base, { kind: 'all', criticalOnly: false })).toEqual(base);
  });
});

describe('unhappiness', () => {
  it('flags detractors first, then dissatisfied customers', () => {
    expect(unhappiness({ nps: 6, csat: 5 })).toBe('detractor');
    expect(unhappiness({ nps: 7, csat: 2 })).toBe('dissatisfied');
    expect(unhappiness({ nps: null, csat: 3 })).toBeNull();
  });
});
