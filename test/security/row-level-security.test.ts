import { Client } from 'pg';
import { appRolePassword, appRoleUrl } from '../../server/src/database/app-role';
import { adminUrl, withAdminClient } from '../support/pg-admin';
import { seedOrg, SeededOrg } from '../support/seed';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * Row-level security alone, with no resolver in the way: connected as the
 * application role, a transaction sees exactly what its settings allow.
 */
describe('row-level security as the application role', () => {
  let db: TestDatabase;
  let app: Client;
  let a: SeededOrg;
  let b: SeededOrg;

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await seedOrg(db.client, 'org-a', [
      { code: 'A1', name: 'A one', city: 'Lisbon', country: 'PT', timeZone: 'Europe/Lisbon' },
      { code: 'A2', name: 'A two', city: 'Porto', country: 'PT', timeZone: 'Europe/Lisbon' },
    ]);
    b = await seedOrg(db.client, 'org-b', [{ code: 'B1', name: 'B one', city: 'Madrid', country: 'ES', timeZone: 'Europe/Madrid' }]);
    for (const [org, site, n] of [[a, 'A1', 3], [a, 'A2', 2], [b, 'B1', 4]] as const) {
      await db.client.query(
        `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, external_id)
         SELECT $1, $2, 'CHAT', $3, now(), 4, $4 || g FROM generate_series(1, $5::int) g`,
        [org.orgId, org.siteIds[site], org.programId, `${site}-`, n],
      );
    }
    const password = appRolePassword(adminUrl());
    await withAdminClient((c) => c.query(`ALTER ROLE cxlens_app WITH LOGIN PASSWORD '${password}'`));
    app = new Client({ connectionString: appRoleUrl(db.url, password) });
    await app.connect();
  });
  afterAll(async () => {
    await app?.end();
    await db?.drop();
  });

  async function asApp<T>(settings: { org?: string; sites?: string }, sql: string, params: unknown[] = []): Promise<T[]> {
    await app.query('BEGIN');
    try {
      if (settings.org !== undefined) await app.query(`SET LOCAL app.org_id = '${settings.org}'`);
      if (settings.sites !== undefined) await app.query(`SET LOCAL app.site_ids = '${settings.sites}'`);
      return (await app.query(sql, params)).rows;
    } finally {
      await app.query('ROLLBACK');
    }
  }

  it('connects as a role that neither owns the tables nor bypasses RLS', async () => {
    const [role] = await asApp<{ rolbypassrls: boolean; rolsuper: boolean }>({}, `SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user`);
    expect(role).toEqual({ rolbypassrls: false, rolsuper: false });
    const owned = await asApp({}, `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`);
    expect(owned).toEqual([]);
  });

  it('sees nothing at all without the settings (fail closed)', async () => {
    for (const table of ['organization', 'site', 'program', 'survey_response', 'survey_daily', 'survey_weekly', 'survey_org_daily', 'survey_org_weekly', 'app_user']) {
      expect(await asApp({}, `SELECT * FROM ${table}`)).toEqual([]);
    }
  });

  it("sees nothing of org B when scoped to org A, even with no WHERE clause", async () => {
    const rows = await asApp<{ org_id: string }>({ org: a.orgId, sites: '*' }, `SELECT org_id::text FROM survey_response`);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.org_id === a.orgId)).toBe(true);
    expect(await asApp({ org: a.orgId, sites: '*' }, `SELECT * FROM site WHERE org_id = $1`, [b.orgId])).toEqual([]);
    expect(await asApp({ org: a.orgId, sites: '*' }, `SELECT * FROM organization WHERE id = $1`, [b.orgId])).toEqual([]);
  });

  it("confines a site manager's transaction to the listed sites", async () => {
    const rows = await asApp<{ code: string }>({ org: a.orgId, sites: a.siteIds.A2 }, `SELECT s.code FROM survey_response r JOIN site s ON s.org_id = r.org_id AND s.id = r.site_id`);
    expect(rows.map((r) => r.code)).toEqual(['A2', 'A2']);
    expect((await asApp<{ code: string }>({ org: a.orgId, sites: a.siteIds.A2 }, `SELECT code FROM site`)).map((r) => r.code)).toEqual(['A2']);
  });

  it.each(['survey_org_daily', 'kpi_org_weekly'])('shows organisation-wide rollup rows (%s) to an organisation-wide scope only, never to a site manager', async (table) => {
    await db.client.query(`INSERT INTO ${table} (org_id, channel, program_id, local_date) VALUES ($1, 'CHAT', $2, '2026-03-02')`, [a.orgId, a.programId]);
    expect(await asApp({ org: a.orgId, sites: '*' }, `SELECT channel FROM ${table}`)).toEqual([{ channel: 'CHAT' }]);
    expect(await asApp({ org: a.orgId, sites: a.siteIds.A2 }, `SELECT * FROM ${table}`)).toEqual([]);
    expect(await asApp({ org: b.orgId, sites: '*' }, `SELECT * FROM ${table}`)).toEqual([]);
    await expect(
      asApp({ org: a.orgId, sites: a.siteIds.A2 }, `INSERT INTO ${table} (org_id, channel, program_id, local_date) VALUES ($1, 'VOICE', $2, '2026-03-02')`, [a.orgId, a.programId]),
    ).rejects.toThrow(/row-level security/);
  });

  it('refuses to write into another organisation', async () => {
    await expect(
      asApp({ org: a.orgId, sites: '*' }, `INSERT INTO program (org_id, code, name) VALUES ($1, 'X', 'Intruder')`, [b.orgId]),
    ).rejects.toThrow(/row-level security/);
    const updated = await asApp({ org: a.orgId, sites: '*' }, `UPDATE survey_response SET csat = 1 WHERE org_id = $1 RETURNING id`, [b.orgId]);
    expect(updated).toEqual([]);
  });

  it('protects every table that has an org_id, and keeps the audit log append-only', async () => {
    const { rows } = await db.client.query(`
      SELECT c.relname, c.relrowsecurity, (SELECT count(*) FROM pg_policies p WHERE p.tablename = c.relname)::int AS policies
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      WHERE c.relkind = 'r' AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id')`);
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(rows.filter((r) => !r.relrowsecurity || r.policies === 0).map((r) => r.relname)).toEqual([]);
    await expect(asApp({ org: a.orgId, sites: '*' }, `DELETE FROM audit_log`)).rejects.toThrow(/permission denied/);
  });

  it('reads the tenant settings once per statement in every policy (a sub-SELECT, not a call per row)', async () => {
    const { rows } = await db.client.query(`SELECT tablename, policyname, concat_ws(' ', qual, with_check) AS expression FROM pg_policies WHERE schemaname = 'public'`);
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const perRow = rows.filter((r) => /app_(org_id|all_sites|site_ids)\(\)/.test(r.expression.replace(/\(\s*SELECT app_(org_id|all_sites|site_ids)\(\) AS app_\w+\)/g, '')));
    expect(perRow.map((r) => `${r.tablename}.${r.policyname}: ${r.expression}`)).toEqual([]);
    // The plan shows it: the setting is an InitPlan, the row filter a comparison with its result.
    const plan = await asApp<Record<string, string>>({ org: a.orgId, sites: a.siteIds.A1 }, `EXPLAIN (COSTS OFF) SELECT count(*) FROM survey_response`);
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toMatch(/InitPlan/);
    expect(text).not.toMatch(/current_setting/);
  });
});
