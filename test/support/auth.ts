import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { GqlResult, RunningServer } from './server-process';

export type Role = 'ADMIN' | 'DIRECTOR' | 'SITE_MANAGER' | 'ANALYST';

export interface Caller {
  token: string;
  userId: string;
  headers: Record<string, string>;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/**
 * A user of the organisation and an API token for them, written straight into the
 * test database as the owner (the same digest format the server stores), so a test
 * can call the API as any role without a sign-in round trip.
 */
export async function createCaller(
  db: Client,
  server: RunningServer,
  org: { orgId: string },
  role: Role,
  options: { siteIds?: string[]; scope?: 'READ' | 'READ_WRITE'; email?: string } = {},
): Promise<Caller> {
  const email = options.email ?? `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@test.example`;
  const { rows: [user] } = await db.query(
    `INSERT INTO app_user (org_id, email, name, role) VALUES ($1, $2, $3, $4) RETURNING id::text AS id`,
    [org.orgId, email, `Test ${role}`, role],
  );
  for (const siteId of options.siteIds ?? []) {
    await db.query(`INSERT INTO user_site (org_id, user_id, site_id) VALUES ($1, $2, $3)`, [org.orgId, user.id, siteId]);
  }
  const token = `cxl_${org.orgId}_${randomBytes(30).toString('base64url')}`;
  await db.query(
    `INSERT INTO api_token (org_id, user_id, name, token_hash, prefix, scope) VALUES ($1, $2, 'test', $3, $4, $5)`,
    [org.orgId, user.id, createHash('sha256').update(token).digest('hex'), token.slice(0, 12), options.scope ?? (role === 'ADMIN' ? 'READ_WRITE' : 'READ')],
  );
  const headers = { authorization: `Bearer ${token}` };
  return {
    token,
    userId: user.id,
    headers,
    gql: (query, variables) => server.gql(query, variables, headers),
    fetch: (path, init = {}) => fetch(`${server.url}${path}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } }),
  };
}
