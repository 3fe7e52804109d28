import { DEMO_BLIND_SPOT_SITE, DEMO_HIDDEN_STRENGTH_SITE } from '../../server/src/demo';
import { loadDemo } from '../../server/src/demo/demo-loader';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/** The demo loader is the first writer: idempotent by external id, and its rollups equal the raw rows. */
describe('demo data load', () => {
  let db: TestDatabase;
  const options = { scale: 0.2, days: 30, endDate: new Date('2026-11-01T00:00:00Z'), seed: 11 };

  beforeAll(async () => (db = await createTestDatabase()));
  afterAll(() => db.drop());

  async function counts() {
    const { rows } = await db.client.query(`SELECT
      (SELECT count(*) FROM survey_response)::int AS responses, (SELECT count(*) FROM process_evaluation)::int AS evaluations,
      (SELECT count(*) FROM kpi_interval)::int AS kpis, (SELECT count(*) FROM site)::int AS sites`);
    return rows[0];
  }

  it('loads once, and a second identical load inserts nothing (idempotent by external_id and interval key)', async () => {
    const first = await loadDemo(db.client, options);
    expect(first.surveyResponses).toBeGreaterThan(500);
    const before = await counts();
    expect(before).toMatchObject({ responses: first.surveyResponses, evaluations: first.processEvaluations, kpis: first.kpiIntervals, sites: 8 });

    const second = await loadDemo(db.client, options);
    expect(second).toMatchObject({ surveyResponses: 0, processEvaluations: 0, kpiIntervals: 0 });
    expect(await counts()).toEqual(before);
  });

  it('leaves survey rollups equal to a GROUP BY over the raw rows by site-local day', async () => {
    const { rows } = await db.client.query(`
      WITH raw AS (
        SELECT r.site_id, r.channel, r.program_id, (r.responded_at AT TIME ZONE s.time_zone)::date AS local_date,
               count(*) AS responses, count(r.csat) AS csat_n, count(*) FILTER (WHERE r.csat >= 4) AS csat_top2,
               count(*) FILTER (WHERE r.nps >= 9) AS nps_promoters, count(*) FILTER (WHERE r.nps <= 6) AS nps_detractors
        FROM survey_response r JOIN site s ON s.org_id = r.org_id AND s.id = r.site_id
        GROUP BY 1, 2, 3, 4)
      SELECT count(*)::int AS mismatches FROM raw FULL JOIN survey_daily d USING (site_id, channel, program_id, local_date)
      WHERE (raw.responses, raw.csat_n, raw.csat_top2, raw.nps_promoters, raw.nps_detractors)
            IS DISTINCT FROM (d.responses, d.csat_n, d.csat_top2, d.nps_promoters, d.nps_detractors)`);
    expect(rows[0].mismatches).toBe(0);
  });

  it('contains the blind-spot and hidden-strength sites the VOP vs VOC page shows', async () => {
    const { rows } = await db.client.query(`
      SELECT s.code,
             (SELECT avg(score_pct) FROM process_evaluation e WHERE e.site_id = s.id)::float AS process,
             (SELECT avg(csat) FROM survey_response r WHERE r.site_id = s.id)::float AS csat
      FROM site s`);
    const rank = (key: 'process' | 'csat', code: string) =>
      [...rows].sort((a, b) => b[key] - a[key]).findIndex((r) => r.code === code) + 1;
    expect(rank('process', DEMO_BLIND_SPOT_SITE)).toBeLessThanOrEqual(2);
    expect(rank('csat', DEMO_BLIND_SPOT_SITE)).toBeGreaterThanOrEqual(7);
    expect(rank('process', DEMO_HIDDEN_STRENGTH_SITE)).toBeGreaterThanOrEqual(7);
    expect(rank('csat', DEMO_HIDDEN_STRENGTH_SITE)).toBeLessThanOrEqual(2);
  });
});
