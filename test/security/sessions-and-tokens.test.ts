import { hash } from '@node-rs/argon2';
import { createCaller } from '../support/auth';
import { seedOrg, SeededOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';

function cookiesOf(res: Response): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const i = pair.indexOf('=');
    jar[pair.slice(0, i)] = pair.slice(i + 1);
  }
  return jar;
}
const cookieHeader = (jar: Record<string, string>) => Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ');

describe('sessions, CSRF, brute force and API tokens', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: SeededOrg;

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedOrg(db.client, 'auth', [{ code: 'S1', name: 'Site one', city: 'Lisbon', country: 'PT', timeZone: 'Europe/Lisbon' }]);
    await db.client.query(
      `INSERT INTO app_user (org_id, email, name, role, password_hash) VALUES ($1, 'dora@auth.example', 'Dora', 'DIRECTOR', $2), ($1, 'brute@auth.example', 'Brute', 'ANALYST', $2)`,
      [org.orgId, await hash('correct horse battery')],
    );
    server = await startServer({ DATABASE_URL: db.url });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const login = (email: string, password: string) =>
    fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });

  it('refuses every operation without credentials', async () => {
    const res = await server.gql(`{ sites { name } }`, {}, {});
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(JSON.stringify(res)).not.toContain('Site one');
  });

  it('signs in with HttpOnly SameSite cookies, requires the CSRF header on POSTs, refreshes and logs out', async () => {
    const res = await login('Dora@Auth.example', 'correct horse battery');
    expect(res.status).toBe(200);
    const setCookies = res.headers.getSetCookie().join('\n');
    expect(setCookies).toMatch(/cxlens_session=[^;]+;.*HttpOnly.*SameSite=Strict/i);
    expect(setCookies).toMatch(/cxlens_refresh=[^;]+;.*Path=\/api\/auth.*HttpOnly/i);
    const body = await res.json();
    expect(body.user).toMatchObject({ email: 'dora@auth.example', role: 'DIRECTOR', organization: 'auth' });
    const jar = cookiesOf(res);

    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookieHeader(jar), ...headers }, body: JSON.stringify({ query: '{ sites { name } }' }) });
    expect((await post({})).status).toBe(403);
    expect((await post({ 'x-csrf-token': 'forged' })).status).toBe(403);
    const ok = await (await post({ 'x-csrf-token': body.csrfToken })).json();
    expect(ok.data.sites).toEqual([{ name: 'Site one' }]);

    const refreshed = await fetch(`${server.url}/api/auth/refresh`, { method: 'POST', headers: { cookie: cookieHeader(jar) } });
    expect(refreshed.status).toBe(200);
    const rotated = { ...jar, ...cookiesOf(refreshed) };
    expect(rotated.cxlens_refresh).not.toBe(jar.cxlens_refresh);
    // The old refresh secret is spent.
    expect((await fetch(`${server.url}/api/auth/refresh`, { method: 'POST', headers: { cookie: cookieHeader(jar) } })).status).toBe(401);

    const out = await fetch(`${server.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: cookieHeader(rotated), 'x-csrf-token': rotated.cxlens_csrf },
    });
    expect(out.status).toBe(200);
    // A fresh server process would have no cache; here the session cache is cleared on logout.
    const after = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: cookieHeader(rotated) } });
    expect(after.status).toBe(401);
  });

  it('throttles brute force: after 5 failures the right password is refused too, with Retry-After', async () => {
    for (let i = 0; i < 5; i++) expect((await login('brute@auth.example', `wrong-${i}`)).status).toBe(401);
    const locked = await login('brute@auth.example', 'correct horse battery');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await locked.json()).message).toMatch(/Too many failed sign-ins/);
    const { rows } = await db.client.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login_failed' AND target = 'brute@auth.example'`);
    expect(rows[0].n).toBe(5);
  });

  it('API tokens: read-only tokens cannot write, revoked tokens fail, bad tokens are refused', async () => {
    const analyst = await createCaller(db.client, server, org, 'ANALYST', { scope: 'READ' });
    expect((await analyst.gql(`{ sites { name } }`)).data.sites).toHaveLength(1);
    const write = await analyst.gql(`mutation { createApiToken(input: { name: "x" }) { token } }`);
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const admin = await createCaller(db.client, server, org, 'ADMIN');
    const created = await admin.gql(`mutation { createApiToken(input: { name: "pipeline", scope: READ }) { token apiToken { id prefix scope } } }`);
    const { token, apiToken } = created.data.createApiToken;
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const { rows } = await db.client.query(`SELECT token_hash FROM api_token WHERE id = $1`, [apiToken.id]);
    expect(rows[0].token_hash).not.toContain(token.slice(10)); // stored as a digest only
    const useIt = () => server.gql(`{ organization { slug } }`, {}, { authorization: `Bearer ${token}` });
    expect((await useIt()).data.organization.slug).toBe('auth');

    await admin.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id });
    const revoked = await useIt();
    expect(revoked.status).toBe(401);
    expect(revoked.errors?.[0].message).toMatch(/invalid, expired or revoked/);

    const forged = await server.gql(`{ sites { name } }`, {}, { authorization: `Bearer cxl_${org.orgId}_${'A'.repeat(40)}` });
    expect(forged.status).toBe(401);
    const audit = await admin.gql(`{ auditLog(first: 50) { action target } }`);
    expect(audit.data.auditLog.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['token.create', 'token.revoke']));
  });
});
