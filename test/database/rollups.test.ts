import { refreshDailyRollups } from '../../server/src/rollups/rollup-refresh';
import { seedOrg, SeededOrg } from '../support/seed';
import { createTestDatabase, TestDatabase } from '../support/test-database';

describe('daily rollups', () => {
  let db: TestDatabase;
  let org: SeededOrg;

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedOrg(db.client, 'acme', [
      { code: 'LAX', name: 'Los Angeles', city: 'Los Angeles', country: 'US', timeZone: 'America/Los_Angeles' },
      { code: 'MNL', name: 'Manila', city: 'Manila', country: 'PH', timeZone: 'Asia/Manila' },
    ]);
    const insert = `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, nps, external_id)
                    VALUES ($1, $2, 'VOICE', $3, $4, $5, $6, $7)`;
    // 2026-03-01 20:00 UTC is 12:00 on 1 March in Los Angeles (UTC-8) and 04:00 on 2 March in Manila (UTC+8).
    for (const [site, at, csat, nps, id] of [
      ['LAX', '2026-03-01T20:00:00Z', 5, 10, 'a'],
      ['LAX', '2026-03-02T07:59:00Z', 2, 3, 'b'], // 23:59 on 1 March in LA
      ['LAX', '2026-03-02T08:00:00Z', 4, 8, 'c'], // 00:00 on 2 March in LA
      ['MNL', '2026-03-01T20:00:00Z', 1, 0, 'd'],
      ['MNL', '2026-03-01T15:59:00Z', 4, 9, 'e'], // 23:59 on 1 March in Manila
    ] as const) {
      await db.client.query(insert, [org.orgId, org.siteIds[site], org.programId, at, csat, nps, id]);
    }
  });
  afterAll(() => db.drop());

  async function days() {
    const { rows } = await db.client.query(
      `SELECT s.code, d.local_date::text AS day, d.responses::int, d.csat_n::int, d.csat_top2::int, d.csat_bottom2::int,
              d.csat_sum::int, d.csat_sumsq::int, d.nps_promoters::int, d.nps_passives::int, d.nps_detractors::int
       FROM survey_daily d JOIN site s ON s.org_id = d.org_id AND s.id = d.site_id ORDER BY 1, 2`,
    );
    return rows;
  }

  it('buckets by the site-local day, with additive counts, sums and sums of squares', async () => {
    await refreshDailyRollups(db.client, 'survey', org.orgId, 'ALL');
    expect(await days()).toEqual([
      { code: 'LAX', day: '2026-03-01', responses: 2, csat_n: 2, csat_top2: 1, csat_bottom2: 1, csat_sum: 7, csat_sumsq: 29, nps_promoters: 1, nps_passives: 0, nps_detractors: 1 },
      { code: 'LAX', day: '2026-03-02', responses: 1, csat_n: 1, csat_top2: 1, csat_bottom2: 0, csat_sum: 4, csat_sumsq: 16, nps_promoters: 0, nps_passives: 1, nps_detractors: 0 },
      { code: 'MNL', day: '2026-03-01', responses: 1, csat_n: 1, csat_top2: 1, csat_bottom2: 0, csat_sum: 4, csat_sumsq: 16, nps_promoters: 1, nps_passives: 0, nps_detractors: 0 },
      { code: 'MNL', day: '2026-03-02', responses: 1, csat_n: 1, csat_top2: 0, csat_bottom2: 1, csat_sum: 1, csat_sumsq: 1, nps_promoters: 0, nps_passives: 0, nps_detractors: 1 },
    ]);
  });

  it('recomputes only the affected site-days after a change, leaving the others untouched', async () => {
    await db.client.query(`UPDATE survey_response SET csat = 5 WHERE external_id = 'b'`);
    await db.client.query(`UPDATE survey_daily SET responses = 99 WHERE site_id = $1`, [org.siteIds.MNL]); // marker
    await refreshDailyRollups(db.client, 'survey', org.orgId, {
      sql: `SELECT $2::bigint AS site_id, $3::date AS local_date`,
      params: [org.siteIds.LAX, '2026-03-01'],
    });
    const rows = await days();
    expect(rows[0]).toMatchObject({ code: 'LAX', day: '2026-03-01', csat_top2: 2, csat_bottom2: 0, csat_sum: 10, csat_sumsq: 50 });
    expect(rows[1]).toMatchObject({ code: 'LAX', day: '2026-03-02', csat_sum: 4 });
    expect(rows.filter((r) => r.code === 'MNL').map((r) => r.responses)).toEqual([99, 99]);
  });

  it('equals the full recomputation on any set of affected days, however near or far apart', async () => {
    const far = await seedOrg(db.client, 'far', [
      { code: 'KIR', name: 'Kiritimati', city: 'Kiritimati', country: 'KI', timeZone: 'Pacific/Kiritimati' }, // UTC+14
      { code: 'PPG', name: 'Pago Pago', city: 'Pago Pago', country: 'AS', timeZone: 'Pacific/Pago_Pago' }, // UTC-11
    ]);
    const codes = ['KIR', 'PPG'];
    // One response every 3 h 7 min over 40 days: every local day of both sites has several.
    for (let i = 0; i < 40 * 8; i++) {
      const at = new Date(Date.UTC(2026, 2, 1) + i * 187 * 60_000).toISOString();
      await db.client.query(
        `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, nps, external_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [far.orgId, far.siteIds[codes[i % 2]], i % 3 ? 'VOICE' : 'CHAT', far.programId, at, 1 + (i % 5), i % 11, `far-${i}`],
      );
    }
    const snapshot = async (where = '') =>
      (await db.client.query(
        `SELECT site_id::text, channel, local_date::text AS day, responses::int, csat_sum::int, nps_promoters::int
         FROM survey_daily WHERE org_id = $1 ${where} ORDER BY 1, 2, 3`,
        [far.orgId],
      )).rows;
    await refreshDailyRollups(db.client, 'survey', far.orgId, 'ALL');
    const full = await snapshot();
    // Gaps of 1 to 6 days between affected days: runs that touch, nearly touch and stand apart.
    const chosen = ['2026-03-02', '2026-03-03', '2026-03-05', '2026-03-08', '2026-03-12', '2026-03-17', '2026-03-23', '2026-03-24', '2026-04-09'];
    await db.client.query(`DELETE FROM survey_daily WHERE org_id = $1`, [far.orgId]);
    await refreshDailyRollups(db.client, 'survey', far.orgId, {
      sql: `SELECT s.id AS site_id, d::date AS local_date FROM site s, unnest($2::text[]) d WHERE s.org_id = $1`,
      params: [chosen],
    });
    const refreshed = await snapshot();
    expect(refreshed).toEqual(full.filter((r) => chosen.includes(r.day)));
    expect(new Set(refreshed.map((r) => r.day)).size).toBe(chosen.length);
  });

  /** Every row of a grain table, as comparable text. */
  async function grainRows(table: string): Promise<string[]> {
    const { rows } = await db.client.query(`SELECT to_jsonb(t) - 'org_id' AS r FROM ${table} t WHERE org_id = $1`, [org.orgId]);
    return rows.map((row) => JSON.stringify(row.r)).sort();
  }

  /** The weekly, monthly and organisation-wide (daily and weekly) rows, recomputed from the daily rows in SQL of the test's own. */
  async function expectedGrains(): Promise<Record<string, string[]>> {
    const sums = 'sum(responses) AS responses, sum(csat_n) AS csat_n, sum(csat_top2) AS csat_top2, sum(csat_bottom2) AS csat_bottom2, sum(csat_sum) AS csat_sum, sum(csat_sumsq) AS csat_sumsq, sum(nps_n) AS nps_n, sum(nps_promoters) AS nps_promoters, sum(nps_passives) AS nps_passives, sum(nps_detractors) AS nps_detractors, sum(ces_n) AS ces_n, sum(ces_easy) AS ces_easy, sum(ces_sum) AS ces_sum, sum(ces_sumsq) AS ces_sumsq, sum(resolved_n) AS resolved_n, sum(resolved_yes) AS resolved_yes';
    const query = async (sql: string) => (await db.client.query(`SELECT to_jsonb(t) AS r FROM (${sql}) t`, [org.orgId])).rows.map((row) => JSON.stringify(row.r)).sort();
    const perSite = (unit: string) =>
      query(`SELECT site_id, channel, program_id, date_trunc('${unit}', local_date)::date AS local_date, ${sums} FROM survey_daily WHERE org_id = $1 GROUP BY 1, 2, 3, 4`);
    return {
      survey_weekly: await perSite('week'),
      survey_monthly: await perSite('month'),
      survey_org_daily: await query(`SELECT channel, program_id, local_date, ${sums} FROM survey_daily WHERE org_id = $1 GROUP BY 1, 2, 3`),
      survey_org_weekly: await query(
        `SELECT channel, program_id, date_trunc('week', local_date)::date AS local_date, ${sums} FROM survey_daily WHERE org_id = $1 GROUP BY 1, 2, 3`,
      ),
    };
  }

  async function actualGrains(): Promise<Record<string, string[]>> {
    const tables = ['survey_weekly', 'survey_monthly', 'survey_org_daily', 'survey_org_weekly'];
    const grains: Record<string, string[]> = {};
    for (const table of tables) grains[table] = await grainRows(table);
    return grains;
  }

  it('keeps the weekly, monthly and organisation-wide grains equal to sums of the daily rows, after full and partial refreshes', async () => {
    await refreshDailyRollups(db.client, 'survey', org.orgId, 'ALL');
    const afterAll = await actualGrains();
    expect(afterAll.survey_weekly.length).toBeGreaterThan(0);
    expect(afterAll.survey_org_weekly.length).toBeGreaterThan(0);
    expect(afterAll).toEqual(await expectedGrains());

    // 3 March (a Tuesday) in Manila moves to 31 March: two weeks, two months and two dates change.
    const insert = `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, nps, external_id) VALUES ($1, $2, 'CHAT', $3, $4, $5, $6, $7)`;
    await db.client.query(insert, [org.orgId, org.siteIds.MNL, org.programId, '2026-03-03T02:00:00Z', 5, 10, 'f']);
    await refreshDailyRollups(db.client, 'survey', org.orgId, { sql: `SELECT $2::bigint AS site_id, '2026-03-03'::date AS local_date`, params: [org.siteIds.MNL] });
    expect(await actualGrains()).toEqual(await expectedGrains());
    await db.client.query(`UPDATE survey_response SET responded_at = '2026-03-31T02:00:00Z' WHERE external_id = 'f'`);
    await refreshDailyRollups(db.client, 'survey', org.orgId, {
      sql: `SELECT $2::bigint AS site_id, d::date AS local_date FROM unnest('{2026-03-03,2026-03-31}'::date[]) d`,
      params: [org.siteIds.MNL],
    });
    expect(await actualGrains()).toEqual(await expectedGrains());
    // A day that lost its last row leaves no empty row behind in any grain.
    await db.client.query(`DELETE FROM survey_response WHERE site_id = $1`, [org.siteIds.MNL]);
    await refreshDailyRollups(db.client, 'survey', org.orgId, {
      sql: `SELECT $2::bigint AS site_id, d::date AS local_date FROM unnest('{2026-03-01,2026-03-02,2026-03-31}'::date[]) d`,
      params: [org.siteIds.MNL],
    });
    const grains = await actualGrains();
    expect(grains).toEqual(await expectedGrains());
    expect(grains.survey_weekly.map((r) => String(JSON.parse(r).site_id))).not.toContain(org.siteIds.MNL);
  });
});
