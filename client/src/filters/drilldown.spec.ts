import { drillDownHref, recordKindOf } from './drilldown';
import { parseFilters } from './filterParams';

const filters = parseFilters(new URLSearchParams('range=custom&from=2026-10-01&to=2026-10-31&channels=CHAT'), '2026-11-28');

describe('drillDownHref', () => {
  it('opens the responses behind a number with the same filters, narrowed to the target', () => {
    expect(drillDownHref(filters, { metric: 'DSAT', siteId: '4' }, 'en')).toBe(
      '/responses?range=custom&from=2026-10-01&to=2026-10-31&sites=4&channels=CHAT&score=dsat&lang=en',
    );
  });

  it('clips a time bucket to the period and sends KPI and evaluation metrics to their records', () => {
    expect(drillDownHref(filters, { metric: 'SERVICE_LEVEL', from: '2026-09-28', to: '2026-10-04' })).toBe(
      '/responses?range=custom&from=2026-10-01&to=2026-10-04&channels=CHAT&kind=kpis',
    );
    expect(drillDownHref(filters, { metric: 'MYSTERY_SCORE', channel: 'VOICE' })).toBe(
      '/responses?range=custom&from=2026-10-01&to=2026-10-31&channels=VOICE&kind=evaluations&evalKind=MYSTERY_SHOP',
    );
  });

  it('knows which records stand behind each metric', () => {
    expect(recordKindOf('NPS')).toBe('surveys');
    expect(recordKindOf('QA_PASS')).toBe('evaluations');
    expect(recordKindOf('AHT')).toBe('kpis');
  });
});
