import type { MetricRow } from '../../api/types';
import { cell } from '../../test/vopFixtures';
import { daysSince, latestDays } from './freshness';

const row = (site: string, day: string, responses: number, offered: number): MetricRow => ({
  dimensions: [{ dimension: 'SITE', id: site, label: site }],
  bucket: { start: day, label: day },
  cells: [cell('RESPONSES', responses, responses), cell('MYSTERY_SCORE', null, 0), cell('QA_SCORE', null, 0), cell('OFFERED', offered, offered)],
});

describe('latestDays', () => {
  it('finds the last day with data of each kind per site', () => {
    const latest = latestDays([row('1', '2026-11-20', 5, 100), row('1', '2026-11-25', 0, 80), row('2', '2026-11-01', 3, 0)]);
    expect(latest.get('1')).toEqual({ RESPONSES: '2026-11-20', MYSTERY_SCORE: null, QA_SCORE: null, OFFERED: '2026-11-25' });
    expect(latest.get('2')).toEqual({ RESPONSES: '2026-11-01', MYSTERY_SCORE: null, QA_SCORE: null, OFFERED: null });
  });

  it('counts days between calendar dates', () => {
    expect(daysSince('2026-11-25', '2026-11-28')).toBe(3);
    expect(daysSince('2026-03-28', '2026-03-30')).toBe(2);
  });
});
