import { createCaller } from '../support/auth';
import { seedOrg, SeededOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { refreshDailyRollups } from '../../server/src/rollups/rollup-refresh';

const UTC = (code: string) => ({ code, name: `Site ${code}`, city: code, country: 'PT', timeZone: 'Etc/UTC' });
const RANKING = `{ siteRanking(filter: { from: "2026-01-01", to: "2026-01-01" }, measure: CSAT) {
  organizationWide organization { value n } sites { siteId rank value n site { name } } } }`;

/** A site manager compares with the organisation (totals only), never seeing another site. */
describe('organisation benchmark for site managers', () => {
  let db: TestDatabase;
  let server: RunningServer;

  async function org(slug: string, sites: string[]): Promise<SeededOrg> {
    const o = await seedOrg(db.client, slug, sites.map(UTC));
    // Site i has 10 responses, i of them top-2-box.
    for (const [i, code] of sites.entries()) {
      await db.client.query(
        `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, external_id)
         SELECT $1, $2, 'VOICE', $3, timestamptz '2026-01-01 12:00+00', CASE WHEN g <= $4::int THEN 5 ELSE 1 END, $5 || g FROM generate_series(1, 10) g`,
        [o.orgId, o.siteIds[code], o.programId, i + 1, `${code}-`],
      );
    }
    await refreshDailyRollups(db.client, 'survey', o.orgId, 'ALL');
    return o;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer({ DATABASE_URL: db.url });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('shows the organisation-wide value and the manager’s own rank, naming no other site', async () => {
    const big = await org('big', ['B1', 'B2', 'B3', 'B4']);
    const manager = await createCaller(db.client, server, big, 'SITE_MANAGER', { siteIds: [big.siteIds.B1] });
    const res = await manager.gql(RANKING);
    expect(res.errors).toBeUndefined();
    const r = res.data.siteRanking;
    // Org: (1 + 2 + 3 + 4) of 40 = 25 %; B1: 1 of 10 = 10 %, last of four.
    expect(r).toMatchObject({ organizationWide: true, organization: { value: 25, n: 40 } });
    expect(r.sites).toEqual([{ siteId: big.siteIds.B1, rank: 4, value: 10, n: 10, site: { name: 'Site B1' } }]);
  });

  it('classes a site manager’s site among the whole organisation in VOP vs VOC, returning only their site', async () => {
    const vop = await org('vop', ['V1', 'V2', 'V3', 'V4']);
    // Process: V1 95 (best) … V4 65; customers: V1 10 % (worst) … V4 40 %. V1 is the blind spot.
    for (const [i, code] of ['V1', 'V2', 'V3', 'V4'].entries()) {
      await db.client.query(
        `INSERT INTO process_evaluation (org_id, kind, site_id, channel, program_id, evaluated_at, score_pct, external_id)
         SELECT $1, 'MYSTERY_SHOP', $2, 'VOICE', $3, timestamptz '2026-01-01 10:00+00', $4::numeric, $5 || g FROM generate_series(1, 10) g`,
        [vop.orgId, vop.siteIds[code], vop.programId, 95 - 10 * i, `ms-${code}-`],
      );
    }
    await refreshDailyRollups(db.client, 'evaluation', vop.orgId, 'ALL');
    const admin = await createCaller(db.client, server, vop, 'ADMIN');
    const settings = await admin.gql(`mutation { updateMetricSettings(input: { minSample: 5 }) { settings { minSample } } }`);
    expect(settings.errors).toBeUndefined();
    const manager = await createCaller(db.client, server, vop, 'SITE_MANAGER', { siteIds: [vop.siteIds.V1] });
    const res = await manager.gql(`{ vopVsVoc(filter: { from: "2026-01-01", to: "2026-01-01" }) { classified units { label quadrant vopPercentile vocPercentile } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.vopVsVoc).toEqual({ classified: 4, units: [{ label: 'Site V1', quadrant: 'BLIND_SPOT', vopPercentile: 87.5, vocPercentile: 12.5 }] });
  });

  it('falls back to the manager’s own sites when fewer than 3 other sites would make up the total', async () => {
    const small = await org('small', ['S1', 'S2', 'S3']);
    const manager = await createCaller(db.client, server, small, 'SITE_MANAGER', { siteIds: [small.siteIds.S1] });
    const r = (await manager.gql(RANKING)).data.siteRanking;
    expect(r).toMatchObject({ organizationWide: false, organization: { value: 10, n: 10 } });
    expect(r.sites.map((s: { siteId: string }) => s.siteId)).toEqual([small.siteIds.S1]);
  });

  it('audits API token use (at most hourly per token)', async () => {
    const small = await seedOrg(db.client, 'audited', [UTC('A1')]);
    const analyst = await createCaller(db.client, server, small, 'ANALYST');
    await analyst.gql(`{ sites { code } }`);
    await analyst.gql(`{ sites { code } }`);
    const { rows } = await db.client.query(`SELECT count(*)::int AS n FROM audit_log WHERE org_id = $1 AND action = 'token.use'`, [small.orgId]);
    expect(rows[0].n).toBe(1);
  });
});
