import { METRIC_IDS } from '@cxlens/shared';
import { seedOrg, SeededOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { queryMetrics } from './metrics-api';
import { cellsByMetric, insertEvaluations, insertKpis, insertSurveys, refreshRollups } from './metrics-fixtures';

// Every metric of the registry on one hand-built site-day, through the API, with the answers
// worked out by hand in the comments. Los Angeles is UTC-8 in February.

const DAY = '2026-02-10';
const at = (localTime: string) => new Date(`${DAY}T${localTime}:00-08:00`).toISOString();

describe('metrics: every metric on a hand-built day', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: SeededOrg;

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedOrg(db.client, 'registry', [
      { code: 'LAX', name: 'Los Angeles', city: 'Los Angeles', country: 'US', timeZone: 'America/Los_Angeles', region: 'AMER' },
      { code: 'EMPTY', name: 'Quiet site', city: 'Reno', country: 'US', timeZone: 'America/Los_Angeles' },
      { code: 'FANS', name: 'Fan club', city: 'Austin', country: 'US', timeZone: 'America/Chicago' },
      { code: 'DROP', name: 'Dropped calls', city: 'Boise', country: 'US', timeZone: 'America/Boise' },
    ]);
    // 10 responses. CSAT by 8: 5,5,4,4,4,5,3,1 (top-2 6, bottom-2 1, Σ 31, Σ² 133). NPS by 5: 10,9,9 promoters,
    // 7 passive, 3 detractor. CES by 4: 7,6,5,3 (easy 3, Σ 21, Σ² 119). Resolved answered by 5, 4 yes.
    await insertSurveys(db.client, org, [
      { site: 'LAX', at: at('09:00'), csat: 5, ces: 7, resolved: true },
      { site: 'LAX', at: at('09:10'), csat: 5, ces: 6, resolved: true },
      { site: 'LAX', at: at('09:20'), csat: 4, ces: 5, resolved: true },
      { site: 'LAX', at: at('09:30'), csat: 4, ces: 3, resolved: true },
      { site: 'LAX', at: at('09:40'), csat: 4, resolved: false },
      { site: 'LAX', at: at('09:50'), csat: 5, nps: 10 },
      { site: 'LAX', at: at('10:00'), csat: 3, nps: 9 },
      { site: 'LAX', at: at('10:10'), csat: 1, nps: 9 },
      { site: 'LAX', at: at('10:20'), nps: 7 },
      { site: 'LAX', at: at('23:59'), nps: 3 }, // 07:59 UTC the next day: still 10 February in Los Angeles
    ]);
    // Mystery shops 90, 70 (critical failure), 100, 85: Σ 345, 3 pass, 1 critical. QA 60, 95, 80: Σ 235, 2 pass.
    await insertEvaluations(db.client, org, [
      { site: 'LAX', at: at('11:00'), kind: 'MYSTERY_SHOP', score: 90, passed: true },
      { site: 'LAX', at: at('11:00'), kind: 'MYSTERY_SHOP', score: 70, passed: false, critical: true },
      { site: 'LAX', at: at('11:00'), kind: 'MYSTERY_SHOP', score: 100, passed: true },
      { site: 'LAX', at: at('11:00'), kind: 'MYSTERY_SHOP', score: 85, passed: true },
      { site: 'LAX', at: at('12:00'), kind: 'QA', score: 60, passed: false, channel: 'CHAT' },
      { site: 'LAX', at: at('12:00'), kind: 'QA', score: 95, passed: true, channel: 'CHAT' },
      { site: 'LAX', at: at('12:00'), kind: 'QA', score: 80, passed: true, channel: 'CHAT' },
    ]);
    // Four half hours, summing to: offered 200, answered 170, abandoned 30 (10 short), within SL 136, wait 3400 s,
    // talk 40000 + hold 3000 + acw 8000 s, handled 170, resolved first 119, repeats 34, transfers 17, 12 sales of 50, staffed 72000 s.
    const common = { site: 'LAX', offered: 50, talk: 10000, acw: 2000, staffed: 18000 };
    await insertKpis(db.client, org, [
      { ...common, at: at('10:00'), answered: 40, abandoned: 10, abandonedShort: 5, withinSl: 30, wait: 800, hold: 1000, handled: 40, resolvedFirst: 28, repeats: 8, transfers: 4, opportunities: 10, conversions: 2 },
      { ...common, at: at('10:30'), answered: 45, abandoned: 5, abandonedShort: 2, withinSl: 38, wait: 900, hold: 500, handled: 45, resolvedFirst: 31, repeats: 9, transfers: 5, opportunities: 15, conversions: 4 },
      { ...common, at: at('11:00'), answered: 42, abandoned: 8, abandonedShort: 3, withinSl: 34, wait: 850, hold: 800, handled: 42, resolvedFirst: 30, repeats: 8, transfers: 4, opportunities: 12, conversions: 3 },
      { ...common, at: at('11:30'), answered: 43, abandoned: 7, abandonedShort: 0, withinSl: 34, wait: 850, hold: 700, handled: 43, resolvedFirst: 30, repeats: 9, transfers: 4, opportunities: 13, conversions: 3 },
    ]);
    // Edge cases on their own sites: three promoters only; an interval where every caller hung up (4 of 20 within 5 s).
    await insertSurveys(db.client, org, [9, 10, 10].map((nps) => ({ site: 'FANS', at: '2026-02-10T18:00:00Z', nps })));
    await insertKpis(db.client, org, [{ site: 'DROP', at: '2026-02-10T18:00:00Z', offered: 20, abandoned: 20, abandonedShort: 4 }]);
    await refreshRollups(db.client, org);
    server = await startServer({ DATABASE_URL: db.url, NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const lax = () => ({ from: DAY, to: DAY, siteIds: [org.siteIds.LAX] });

  it.each<[string, number, number, string]>([
    ['CSAT', 75, 8, '6 of 8 rated 4-5'],
    ['CSAT_MEAN', 3.875, 8, '31 / 8'],
    ['DSAT', 12.5, 8, '1 of 8 rated 1-2'],
    ['NPS', 40, 5, '60% promoters - 20% detractors'],
    ['PROMOTERS', 60, 5, '3 / 5'],
    ['PASSIVES', 20, 5, '1 / 5'],
    ['DETRACTORS', 20, 5, '1 / 5'],
    ['CES', 5.25, 4, '21 / 4'],
    ['CES_EASY', 75, 4, '3 / 4'],
    ['RESOLVED', 80, 5, '4 / 5'],
    ['RESPONSES', 10, 10, 'count'],
    ['MYSTERY_SCORE', 86.25, 4, '345 / 4'],
    ['QA_SCORE', 235 / 3, 3, '235 / 3'],
    ['MYSTERY_PASS', 75, 4, '3 / 4'],
    ['QA_PASS', 200 / 3, 3, '2 / 3'],
    ['CRITICAL_FAIL', 100 / 7, 7, '1 / (4 + 3)'],
    ['SERVICE_LEVEL', (100 * 136) / 190, 190, '136 / (170 + 30 - 10), short abandons excluded'],
    ['ANSWER_RATE', 85, 200, '170 / 200'],
    ['ABANDON_RATE', (100 * 20) / 190, 190, '(30 - 10) / (200 - 10)'],
    ['ASA', 20, 170, '3400 s / 170'],
    ['AHT', 300, 170, '51000 s / 170'],
    ['FCR', 70, 170, '119 / 170 (agent-recorded)'],
    ['TRANSFER_RATE', 10, 170, '17 / 170'],
    ['CONVERSION', 24, 50, '12 / 50'],
    ['OCCUPANCY', (100 * 51000) / 72000, 170, '51000 / 72000'],
    ['OFFERED', 200, 200, 'count'],
    ['HANDLED', 170, 170, 'count'],
  ])('%s = %p with n = %p (%s)', async (metric, value, n) => {
    const result = await queryMetrics(server, 'registry', { filter: lax(), measures: [metric] });
    const [cell] = result.rows[0].cells;
    expect(cell.value).toBeCloseTo(value, 10);
    expect(cell.n).toBe(n);
  });

  it('answers all 27 measures of three facts in one request, joined into one row', async () => {
    const result = await queryMetrics(server, 'registry', { filter: lax(), measures: [...METRIC_IDS] });
    expect(result.source).toBe('ROLLUP');
    expect(result.rows).toHaveLength(1);
    const cells = cellsByMetric(result.rows[0]);
    expect(Object.keys(cells)).toEqual([...METRIC_IDS]);
    expect([cells.CSAT.value, cells.MYSTERY_SCORE.value, cells.AHT.value]).toEqual([75, 86.25, 300]);
  });

  it('gives 95% intervals: Wilson for rates, t for means (cut at the scale), the NPS standard error', async () => {
    const cells = cellsByMetric((await queryMetrics(server, 'registry', { filter: lax(), measures: ['CSAT', 'SERVICE_LEVEL', 'CSAT_MEAN', 'NPS', 'ASA'] })).rows[0]);
    // Wilson 6/8: centre (0.75 + 1.96²/16) / (1 + 1.96²/8) = 0.6689, half-width 0.2596
    expect(cells.CSAT.ciLow).toBeCloseTo(40.92754303101688, 9);
    expect(cells.CSAT.ciHigh).toBeCloseTo(92.8520787247891, 9);
    expect(cells.SERVICE_LEVEL.ciLow).toBeCloseTo(64.78745105557385, 9);
    expect(cells.SERVICE_LEVEL.ciHigh).toBeCloseTo(77.51516083090141, 9);
    // s² = (133 - 31²/8) / 7 = 1.8393, SE 0.4795, t(0.975, 7) = 2.3646: 3.875 ± 1.1338, the top cut at 5
    expect(cells.CSAT_MEAN.ciLow).toBeCloseTo(2.7411861839942677, 9);
    expect(cells.CSAT_MEAN.ciHigh).toBe(5);
    // NPS SE = sqrt((0.6 + 0.2 - 0.4²) / 5) = 35.78 points: 40 ± 70.12, the top cut at 100
    expect(cells.NPS.ciLow).toBeCloseTo(-30.121803246126518, 9);
    expect(cells.NPS.ciHigh).toBe(100);
    expect(cells.NPS.standardError).toBeCloseTo(35.77708763999664, 9);
    // A ratio of summed durations carries no per-contact variance
    expect([cells.ASA.ciLow, cells.ASA.ciHigh]).toEqual([null, null]);
  });

  it('flags samples under the minimum (30) and never hides them', async () => {
    const cells = cellsByMetric((await queryMetrics(server, 'registry', { filter: lax(), measures: ['CSAT', 'SERVICE_LEVEL', 'RESPONSES'] })).rows[0]);
    expect([cells.CSAT.lowSample, cells.SERVICE_LEVEL.lowSample, cells.RESPONSES.lowSample]).toEqual([true, false, false]);
    expect(cells.CSAT.value).toBe(75);
  });

  it('gives null values with n 0 where there is nothing to count', async () => {
    const result = await queryMetrics(server, 'registry', {
      filter: { from: DAY, to: DAY, siteIds: [org.siteIds.EMPTY] },
      measures: ['CSAT', 'NPS', 'CES', 'SERVICE_LEVEL', 'ASA', 'RESPONSES'],
    });
    expect(result.rows).toHaveLength(1);
    const cells = cellsByMetric(result.rows[0]);
    for (const metric of ['CSAT', 'NPS', 'CES', 'SERVICE_LEVEL', 'ASA']) {
      expect(cells[metric]).toMatchObject({ value: null, n: 0, ciLow: null, ciHigh: null, lowSample: true });
    }
    expect(cells.RESPONSES).toMatchObject({ value: 0, n: 0, lowSample: false });
  });

  it('scores all promoters as NPS 100 with a zero-width interval', async () => {
    const cells = cellsByMetric(
      (await queryMetrics(server, 'registry', { filter: { from: DAY, to: DAY, siteIds: [org.siteIds.FANS] }, measures: ['NPS', 'PROMOTERS', 'DETRACTORS'] })).rows[0],
    );
    expect(cells.NPS).toMatchObject({ value: 100, n: 3, ciLow: 100, ciHigh: 100 });
    expect(cells.PROMOTERS).toMatchObject({ value: 100, ciHigh: 100 });
    expect(cells.DETRACTORS).toMatchObject({ value: 0, ciLow: 0 });
  });

  it('handles an interval with only abandons, excluding the short ones as the variant says', async () => {
    const filter = { from: DAY, to: DAY, siteIds: [org.siteIds.DROP] };
    const measures = ['SERVICE_LEVEL', 'ABANDON_RATE', 'ANSWER_RATE', 'ASA', 'AHT'];
    // 20 offered, 0 answered, 20 abandoned of which 4 short: SL 0 / (0 + 20 - 4); abandon (20 - 4) / (20 - 4)
    const cells = cellsByMetric((await queryMetrics(server, 'registry', { filter, measures })).rows[0]);
    expect(cells.SERVICE_LEVEL).toMatchObject({ value: 0, n: 16 });
    expect(cells.ABANDON_RATE).toMatchObject({ value: 100, n: 16 });
    expect(cells.ANSWER_RATE).toMatchObject({ value: 0, n: 20 });
    expect([cells.ASA.value, cells.AHT.value]).toEqual([null, null]);
  });

  it('follows the service-level variant the organisation chooses', async () => {
    const update = `mutation($input: UpdateMetricSettingsInput!) { updateMetricSettings(input: $input) { settings { serviceLevelAbandons } effects } }`;
    const serviceLevel = async () =>
      cellsByMetric((await queryMetrics(server, 'registry', { filter: lax(), measures: ['SERVICE_LEVEL'] })).rows[0]).SERVICE_LEVEL;
    const headers = { 'x-cxlens-org': 'registry' };
    try {
      const ignore = await server.gql(update, { input: { serviceLevelAbandons: 'IGNORE' } }, headers);
      expect(ignore.data.updateMetricSettings.effects).toEqual([expect.stringMatching(/^serviceLevelAbandons applies when metrics are computed/)]);
      expect(await serviceLevel()).toMatchObject({ value: 80, n: 170 }); // 136 / 170
      await server.gql(update, { input: { serviceLevelAbandons: 'ALL' } }, headers);
      expect(await serviceLevel()).toMatchObject({ value: 68, n: 200 }); // 136 / (170 + 30)
      const variants = (await queryMetrics(server, 'registry', { filter: lax(), measures: ['SERVICE_LEVEL'] })).variants;
      expect(variants).toEqual([{ metric: 'SERVICE_LEVEL', description: 'Service level = answered within threshold ÷ (answered + all abandoned).' }]);
    } finally {
      await server.gql(update, { input: { serviceLevelAbandons: 'AFTER_SHORT' } }, headers);
    }
    expect(await serviceLevel()).toMatchObject({ n: 190 });
  });
});
