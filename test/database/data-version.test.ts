import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { UNVERSIONED_TABLES } from '../../migrations/1764662400000-DataVersions';
import { appRolePassword, appRoleUrl } from '../../server/src/database/app-role';
import { RequestTransaction } from '../../server/src/tenancy/request-transaction';
import { adminUrl, withAdminClient } from '../support/pg-admin';
import { seedOrg, SeededOrg } from '../support/seed';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * The data version the response cache keys answers by: raised once by each committed transaction
 * that wrote an organisation's data, at commit; and the single snapshot a reading request sees.
 */
describe('data versions and read snapshots', () => {
  let db: TestDatabase;
  let appUrl: string;
  const clients: Client[] = [];
  let a: SeededOrg;
  let b: SeededOrg;

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await seedOrg(db.client, 'dv-a', [{ code: 'A1', name: 'A one', city: 'Lisbon', country: 'PT', timeZone: 'Europe/Lisbon' }]);
    b = await seedOrg(db.client, 'dv-b', [{ code: 'B1', name: 'B one', city: 'Madrid', country: 'ES', timeZone: 'Europe/Madrid' }]);
    const password = appRolePassword(adminUrl());
    await withAdminClient((c) => c.query(`ALTER ROLE cxlens_app WITH LOGIN PASSWORD '${password}'`));
    appUrl = appRoleUrl(db.url, password);
  });
  afterAll(async () => {
    for (const c of clients) await c.end().catch(() => undefined);
    await db?.drop();
  });

  async function appClient(): Promise<Client> {
    const c = new Client({ connectionString: appUrl });
    await c.connect();
    clients.push(c);
    c.on('error', () => undefined);
    return c;
  }

  async function begin(c: Client, org: SeededOrg): Promise<void> {
    await c.query('BEGIN');
    await c.query(`SET LOCAL app.org_id = '${org.orgId}'`);
    await c.query(`SET LOCAL app.site_ids = '*'`);
  }

  const insertResponses = (c: Client, org: SeededOrg, n: number, prefix: string) => c.query(
    `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, external_id)
     SELECT $1, $2, 'CHAT', $3, now(), 4, $4 || g FROM generate_series(1, $5::int) g`,
    [org.orgId, Object.values(org.siteIds)[0], org.programId, prefix, n],
  );

  async function versions(): Promise<Record<string, number>> {
    const { rows } = await db.client.query(`SELECT o.slug, coalesce(v.version, 0)::int AS version FROM organization o LEFT JOIN data_version v ON v.org_id = o.id`);
    return Object.fromEntries(rows.map((r) => [r.slug, r.version]));
  }

  it('is raised exactly once by a committed transaction of many statements, for its organisation only', async () => {
    const before = await versions();
    const c = await appClient();
    await begin(c, a);
    await insertResponses(c, a, 3, 'once-1-');
    await insertResponses(c, a, 3, 'once-2-');
    await c.query(`UPDATE survey_response SET csat = 5 WHERE external_id = 'once-1-1'`);
    expect(await versions()).toEqual(before); // nothing before the commit
    await c.query('COMMIT');
    const after = await versions();
    expect(after['dv-a']).toBe(before['dv-a'] + 1);
    expect(after['dv-b']).toBe(before['dv-b']);
  });

  it('is not raised by a rolled-back transaction, nor by writes that change no answer (audit log)', async () => {
    const before = await versions();
    const c = await appClient();
    await begin(c, a);
    await insertResponses(c, a, 2, 'rolled-back-');
    await c.query('ROLLBACK');
    await begin(c, a);
    await c.query(`INSERT INTO audit_log (org_id, action, target) VALUES ($1, 'test.note', 'x')`, [a.orgId]);
    await c.query('COMMIT');
    expect(await versions()).toEqual(before);
  });

  it('is raised for every organisation by a write without an organisation (the owner’s demo load), even before their first write', async () => {
    const c = await seedOrg(db.client, 'dv-c', []);
    expect(c.orgId).toBeTruthy();
    const before = await versions();
    await db.client.query(`UPDATE site SET name = name WHERE org_id = $1`, [b.orgId]);
    const after = await versions();
    for (const slug of Object.keys(before)) expect(after[slug]).toBeGreaterThan(before[slug]);
  });

  it('does not make a second writer of the organisation wait for a long transaction to end', async () => {
    const before = await versions();
    const long = await appClient();
    const short = await appClient();
    await begin(long, a);
    await insertResponses(long, a, 5, 'long-');
    await begin(short, a);
    await short.query(`SET LOCAL lock_timeout = '2s'`);
    await insertResponses(short, a, 1, 'short-');
    await short.query('COMMIT'); // would fail with a lock timeout if the long one held the version row
    expect((await versions())['dv-a']).toBe(before['dv-a'] + 1);
    await long.query('COMMIT');
    expect((await versions())['dv-a']).toBe(before['dv-a'] + 2);
  });

  it('has its trigger on every table with organisation data except the listed bookkeeping tables', async () => {
    const { rows } = await db.client.query(`
      SELECT c.relname, EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'note_data_change') AS versioned
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND (c.relname = 'organization' OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped))`);
    const unversioned: readonly string[] = UNVERSIONED_TABLES;
    const wrong = rows.filter((r) => r.versioned === unversioned.includes(r.relname)).map((r) => r.relname);
    expect(wrong).toEqual([]);
    expect(rows.filter((r) => r.versioned).map((r) => r.relname)).toEqual(expect.arrayContaining(['survey_response', 'survey_daily', 'kpi_interval', 'process_evaluation', 'site', 'organization']));
  });

  it('gives a reading request one snapshot, shared with its organisation-wide scope, while imports commit', async () => {
    const dataSource = new DataSource({ type: 'postgres', url: appUrl });
    await dataSource.initialize();
    try {
      const count = async (tx: RequestTransaction) => Number((await (await tx.queryRunner()).query(`SELECT count(*)::int AS n FROM survey_response`))[0].n);
      const reading = new RequestTransaction(dataSource, { orgId: a.orgId, siteIds: [Object.values(a.siteIds)[0]] });
      reading.useSnapshot();
      const first = await count(reading);
      const writer = await appClient();
      await begin(writer, a);
      await insertResponses(writer, a, 4, 'during-read-');
      await writer.query('COMMIT');
      expect(await count(reading)).toBe(first); // READ COMMITTED would see the 4 new rows here
      const orgWide = new RequestTransaction(dataSource, { orgId: a.orgId, siteIds: '*' }, 'snapshot', await reading.snapshot());
      expect(await count(orgWide)).toBe(first);
      await expect((await orgWide.queryRunner()).query(`DELETE FROM survey_response`)).rejects.toThrow(/read-only transaction/);
      await orgWide.finish('rollback');
      await reading.finish('commit');
      const fresh = new RequestTransaction(dataSource, { orgId: a.orgId, siteIds: '*' });
      expect(await count(fresh)).toBe(first + 4);
      await fresh.finish('commit');
      expect(() => fresh.useSnapshot()).not.toThrow(); // finished: a new transaction may choose again
    } finally {
      await dataSource.destroy();
    }
  });
});
