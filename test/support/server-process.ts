import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import * as path from 'node:path';
import { heapLimitArgs } from '../../server/src/admission/heap-limit';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const SERVER_MAIN = path.join(REPO_ROOT, 'server/dist/server/src/main.js');

export interface RunningServer {
  url: string;
  process: ChildProcess;
  output(): string;
  /**
   * A GraphQL request. Without `headers` (or with only `x-cxlens-org: <slug>`) it is sent as an
   * admin of the default (or named) organisation, authenticated for real (see authHeaders);
   * with other headers it is sent exactly as given.
   */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
  /** Authorization headers of an admin of the organisation (default: the oldest). */
  authHeaders(orgSlug?: string): Promise<Record<string, string>>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Runs the built server (`npm start` minus the build) as a real child process and waits for its URL. */
export async function startServer(env: Record<string, string | undefined>, timeoutMs = 120_000): Promise<RunningServer> {
  // With the server's heap cap, as `npm start` runs it (there main.js starts node again with it).
  const child = spawn(process.execPath, [...heapLimitArgs(), SERVER_MAIN], {
    cwd: REPO_ROOT,
    // production mode keeps server/schema.gql untouched by test servers; introspection stays on for the tests that use it.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CXLENS_DEMO: 'off', NODE_ENV: 'production', CXLENS_INTROSPECTION: 'on', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (c) => (log += c));
  child.stderr!.on('data', (c) => (log += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${log}`)), timeoutMs);
    const check = () => {
      const m = /Dashboard: (http:\/\/[^/\s]+)\//.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${log}`));
    });
  });

  const authHeaders = adminHeaders(url, env.DATABASE_URL);
  return {
    url,
    process: child,
    output: () => log,
    authHeaders,
    gql: async (query, variables, headers) => {
      const slug = headers?.['x-cxlens-org'];
      const sendAs = headers === undefined || (slug !== undefined && Object.keys(headers).length === 1) ? await authHeaders(slug) : headers;
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...sendAs },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      try {
        return { status: res.status, ...JSON.parse(text) };
      } catch {
        return { status: res.status, errors: [{ message: text.slice(0, 500) }] };
      }
    },
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/**
 * Admin credentials per organisation: with the test database's owner URL, a user and an API
 * token written straight into it (as the server stores them); for an embedded demo server,
 * a real sign-in as the demo admin (session cookie + CSRF header).
 */
function adminHeaders(url: string, databaseUrl: string | undefined): (slug?: string) => Promise<Record<string, string>> {
  const cache = new Map<string, Promise<Record<string, string>>>();
  return (slug) => {
    const key = slug ?? '';
    if (!cache.has(key)) cache.set(key, databaseUrl ? tokenHeaders(databaseUrl, slug) : demoSignIn(url));
    return cache.get(key)!;
  };
}

async function tokenHeaders(databaseUrl: string, slug?: string): Promise<Record<string, string>> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(slug ? `SELECT id::text AS id FROM organization WHERE slug = $1` : `SELECT id::text AS id FROM organization ORDER BY id LIMIT 1`, slug ? [slug] : []);
    if (!rows.length) return {}; // no organisation yet: requests go unauthenticated
    const orgId = rows[0].id as string;
    const { rows: [user] } = await db.query(
      `INSERT INTO app_user (org_id, email, name, role) VALUES ($1, $2, 'Test admin', 'ADMIN') RETURNING id::text AS id`,
      [orgId, `admin-${randomBytes(4).toString('hex')}@test.example`],
    );
    const token = `cxl_${orgId}_${randomBytes(30).toString('base64url')}`;
    await db.query(`INSERT INTO api_token (org_id, user_id, name, token_hash, prefix, scope) VALUES ($1, $2, 'tests', $3, $4, 'READ_WRITE')`, [
      orgId, user.id, createHash('sha256').update(token).digest('hex'), token.slice(0, 12),
    ]);
    return { authorization: `Bearer ${token}` };
  } finally {
    await db.end();
  }
}

export const DEMO_ADMIN = { email: 'admin@northwind.example', password: 'demo-admin-pass' };

async function demoSignIn(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEMO_ADMIN) });
  if (!res.ok) throw new Error(`demo sign-in failed: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const { csrfToken } = await res.json();
  return { cookie: cookies.join('; '), 'x-csrf-token': csrfToken };
}
