import type { MetricRow } from '../api/types';
import { cell } from '../test/vopFixtures';
import { toTrendPoints, trendsByGroup } from './trend';

const row = (start: string, value: number | null, n = 100, site = '4'): MetricRow => ({
  dimensions: [{ dimension: 'SITE', id: site, label: site }],
  bucket: { start, label: start },
  cells: [cell('CSAT', value, n), cell('NPS', 5, n)],
});

describe('toTrendPoints', () => {
  const period = { from: '2026-10-01', to: '2026-10-31' };

  it('orders buckets, keeps the interval as a band and flags low samples', () => {
    const points = toTrendPoints([row('2026-10-12', 80), row('2026-10-05', 78, 12)], 'CSAT', 'WEEK', period);
    expect(points.map((p) => p.start)).toEqual(['2026-10-05', '2026-10-12']);
    expect(points[0]).toMatchObject({ end: '2026-10-11', value: 78, band: [76, 80], n: 12, lowSample: true, partial: false });
  });

  it('marks weeks cut by the start or end of the period as partial', () => {
    const points = toTrendPoints([row('2026-09-28', 70), row('2026-10-26', 71)], 'CSAT', 'WEEK', period);
    expect(points.map((p) => p.partial)).toEqual([true, true]);
    expect(toTrendPoints([row('2026-10-01', 70)], 'CSAT', 'MONTH', period)[0]).toMatchObject({ end: '2026-10-31', partial: false });
  });

  it('keeps a bucket without a value as a gap, with no band', () => {
    expect(toTrendPoints([row('2026-10-05', null, 0)], 'CSAT', 'DAY', period)[0]).toMatchObject({ value: null, band: null, n: 0 });
  });

  it('splits rows by their first dimension', () => {
    const groups = trendsByGroup([row('2026-10-05', 70, 100, '4'), row('2026-10-05', 90, 100, '6')], 'CSAT', 'DAY', period);
    expect([...groups.keys()]).toEqual(['4', '6']);
    expect(groups.get('6')?.[0].value).toBe(90);
  });
});
