import { evaluationFilter, responseFilter, unhappiness } from './recordParams';

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
