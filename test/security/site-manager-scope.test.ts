import { createCaller, Caller } from '../support/auth';
import { seedOrg, SeededOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { documentsFor, INTROSPECTION, schemaTypes } from './schema-walk';

const SECRETS = ['Zeta Secret Site', 'ZSS', 'Secretville', 'Bob Secret', 'SECRET-B', 'Team Secret', 'secret-topic'];

/**
 * A site manager of site A probes every query of the schema — with no filter,
 * and with filters naming site B — and must never see B's name, rows or numbers.
 */
describe('site manager scope, across the whole schema', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: SeededOrg;
  let manager: Caller;
  let admin: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedOrg(db.client, 'scoped', [
      { code: 'AAA', name: 'Alpha Site', city: 'Lisbon', country: 'PT', timeZone: 'Etc/UTC' },
      { code: 'ZSS', name: 'Zeta Secret Site', city: 'Secretville', country: 'ES', timeZone: 'Etc/UTC' },
    ]);
    const rows: [string, number, number, string, string][] = [['AAA', 3, 5, 'Alice', 'fine'], ['ZSS', 40, 1, 'Bob Secret', 'SECRET-B']];
    for (const [site, n, csat, agent, comment] of rows) {
      await db.client.query(
        `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, nps, agent, team, topic, comment, external_id)
         SELECT $1, $2, 'VOICE', $3, timestamptz '2026-01-01 12:00+00' + g * interval '1 minute', $5, 9, $6, $7, $8, $9, $4 || g
         FROM generate_series(1, $10::int) g`,
        [org.orgId, org.siteIds[site], org.programId, `${site}-`, csat, agent, site === 'ZSS' ? 'Team Secret' : 'Team A', site === 'ZSS' ? 'secret-topic' : 'billing', comment, n],
      );
      await db.client.query(
        `INSERT INTO process_evaluation (org_id, kind, site_id, channel, program_id, evaluated_at, score_pct, agent, comment, external_id)
         VALUES ($1, 'MYSTERY_SHOP', $2, 'VOICE', $3, '2026-01-01T10:00:00Z', $4, $5, $6, $7)`,
        [org.orgId, org.siteIds[site], org.programId, site === 'ZSS' ? 12.5 : 90, agent, comment, `ms-${site}`],
      );
      await db.client.query(
        `INSERT INTO kpi_interval (org_id, site_id, channel, program_id, interval_start, interval_minutes, offered, answered, handled)
         VALUES ($1, $2, 'VOICE', $3, '2026-01-01T10:00:00Z', 30, $4, $4, $4)`,
        [org.orgId, org.siteIds[site], org.programId, site === 'ZSS' ? 977 : 10],
      );
    }
    const { refreshDailyRollups } = await import('../../server/src/rollups/rollup-refresh');
    for (const fact of ['survey', 'evaluation', 'kpi'] as const) await refreshDailyRollups(db.client, fact, org.orgId, 'ALL');
    server = await startServer({ DATABASE_URL: db.url, CXLENS_INTROSPECTION: 'on' });
    manager = await createCaller(db.client, server, org, 'SITE_MANAGER', { siteIds: [org.siteIds.AAA] });
    admin = await createCaller(db.client, server, org, 'ADMIN');
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  function leaks(body: unknown): string[] {
    const text = JSON.stringify(body);
    const found = SECRETS.filter((s) => text.includes(s));
    // B's numbers: 40 responses, CSAT 1, a 12.5 score, 977 offered (and totals including them).
    for (const n of ['977', '987', '12.5', '"n":40', '"n":43', '"value":40', '"value":43']) if (text.includes(n)) found.push(`number ${n}`);
    return found;
  }

  it('the admin, by contrast, sees site B (the probe data is there to find)', async () => {
    const res = await admin.gql(`{ sites { name } responses(first: 100) { edges { node { comment } } } }`);
    expect(JSON.stringify(res)).toContain('Zeta Secret Site');
    expect(JSON.stringify(res)).toContain('SECRET-B');
  });

  it('no query of the schema reveals site B, with or without filters naming it', async () => {
    const introspection = await admin.gql(INTROSPECTION);
    const types = schemaTypes(introspection.data);
    const base = {
      measures: ['RESPONSES', 'CSAT', 'NPS', 'MYSTERY_SCORE', 'OFFERED'],
      measure: 'RESPONSES',
      candidates: ['OFFERED', 'MYSTERY_SCORE'],
      groupBy: ['SITE'],
      from: '2026-01-01',
      to: '2026-01-01',
    };
    const variants = [base, { ...base, siteIds: [org.siteIds.ZSS] }, { ...base, siteIds: [org.siteIds.ZSS, org.siteIds.AAA], id: org.siteIds.ZSS, focusUnit: org.siteIds.ZSS }];
    let probed = 0;
    for (const overrides of variants) {
      for (const doc of documentsFor('Query', { types, overrides })) {
        const res = await manager.gql(doc.query, doc.variables);
        expect({ field: doc.field, status: res.status }).toEqual({ field: doc.field, status: 200 });
        expect({ field: doc.field, leaks: leaks(res) }).toEqual({ field: doc.field, leaks: [] });
        probed++;
      }
    }
    expect(probed).toBeGreaterThan(40);
  });

  it('sees its own site in full', async () => {
    const res = await manager.gql(
      `{ sites { code } metrics(filter: { from: "2026-01-01", to: "2026-01-01" }, measures: [RESPONSES, OFFERED], groupBy: [SITE]) { rows { dimensions { id } cells { value } } } }`,
    );
    expect(res.data.sites).toEqual([{ code: 'AAA' }]);
    expect(res.data.metrics.rows).toEqual([{ dimensions: [{ id: org.siteIds.AAA }], cells: [{ value: 3 }, { value: 10 }] }]);
  });

  it("keeps each manager to their site when the same statement runs again from a connection's cached plan", async () => {
    // Both managers' queries are the same SQL text: one prepared statement per connection, which
    // PostgreSQL runs from a generic plan after five executions. Row-level security must still
    // read each transaction's own site list.
    const other = await createCaller(db.client, server, org, 'SITE_MANAGER', { siteIds: [org.siteIds.ZSS] });
    const query = `{ metrics(filter: { from: "2026-01-01", to: "2026-01-01" }, measures: [RESPONSES, OFFERED]) { rows { cells { value } } } }`;
    const answers: string[] = [];
    for (let i = 0; i < 12; i++) {
      // no-cache: past the response cache, to the database every time
      const ask = (caller: Caller) => server.gql(query, {}, { ...caller.headers, 'cache-control': 'no-cache' });
      const [mine, theirs] = await Promise.all([ask(manager), ask(other)]);
      answers.push(`${mine.data.metrics.rows[0].cells.map((c: { value: number }) => c.value)} / ${theirs.data.metrics.rows[0].cells.map((c: { value: number }) => c.value)}`);
    }
    expect(new Set(answers)).toEqual(new Set(['3,10 / 40,977']));
  });

  it('cannot export or download another site, nor write anything', async () => {
    const csv = await manager.fetch(`/api/exports/responses.csv?siteIds=${org.siteIds.ZSS}`);
    expect(leaks(await csv.text())).toEqual([]);
    const write = await manager.gql(`mutation { createProgram(input: { code: "X", name: "X" }) { id } }`);
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
