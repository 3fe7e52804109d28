import { Injectable } from '@nestjs/common';
import { QueryRunner } from 'typeorm';
import { rowsOf, TenantDb } from '../tenancy/tenant-db';
import type { Principal } from './principal';
import type { Role, TokenScope } from './roles';

interface UserRow {
  userId: string;
  orgId: string;
  orgSlug: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  siteIds: string[];
}

const USER_SELECT = `
  SELECT u.id::text AS "userId", u.org_id::text AS "orgId", o.slug AS "orgSlug", u.email, u.name, u.role, u.active,
         coalesce(array_agg(us.site_id::text ORDER BY us.site_id) FILTER (WHERE us.site_id IS NOT NULL), '{}') AS "siteIds"
  FROM app_user u
  JOIN organization o ON o.id = u.org_id
  LEFT JOIN user_site us ON us.org_id = u.org_id AND us.user_id = u.id`;

/**
 * Authentication's reads and writes. They run before a request has a
 * principal, each in a short transaction scoped to the one organisation the
 * credential names, so row-level security applies here too.
 */
@Injectable()
export class AuthRepository {
  constructor(private readonly db: TenantDb) {}

  private inOrg<T>(orgId: string, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    return this.db.dedicated(work, { orgId, siteIds: '*' });
  }

  loginCandidates(email: string): Promise<{ orgId: string; orgSlug: string; userId: string; passwordHash: string }[]> {
    return this.inOrg('0', (r) =>
      rowsOf(r, `SELECT org_id::text AS "orgId", org_slug AS "orgSlug", user_id::text AS "userId", password_hash AS "passwordHash"
               FROM auth_login_candidates($1)`, [email]),
    );
  }

  async user(orgId: string, userId: string, runner?: QueryRunner): Promise<UserRow | null> {
    const run = (r: QueryRunner) => rowsOf(r, `${USER_SELECT} WHERE u.org_id = $1 AND u.id = $2 GROUP BY u.org_id, u.id, o.slug`, [orgId, userId]);
    const rows: UserRow[] = runner ? await run(runner) : await this.inOrg(orgId, run);
    return rows[0] ?? null;
  }

  createSession(orgId: string, userId: string, refreshHash: string, ttlSeconds: number, userAgent: string | null, ip: string | null): Promise<string> {
    return this.inOrg(orgId, async (r) => {
      await rowsOf(r, `UPDATE app_user SET last_login_at = now() WHERE org_id = $1 AND id = $2`, [orgId, userId]);
      const [row] = await rowsOf(r, 
        `INSERT INTO auth_session (org_id, user_id, refresh_hash, expires_at, user_agent, ip)
         VALUES ($1, $2, $3, now() + make_interval(secs => $4), $5, $6) RETURNING id::text AS id`,
        [orgId, userId, refreshHash, ttlSeconds, userAgent?.slice(0, 300) ?? null, ip],
      );
      return row.id as string;
    });
  }

  /** Rotates a refresh secret: the old one stops working the moment the new one is issued. */
  rotateSession(orgId: string, sessionId: string, oldHash: string, newHash: string): Promise<{ userId: string } | null> {
    return this.inOrg(orgId, async (r) => {
      const rows = await rowsOf(r, 
        `UPDATE auth_session SET refresh_hash = $4, last_used_at = now()
         WHERE org_id = $1 AND id = $2 AND refresh_hash = $3 AND revoked_at IS NULL AND expires_at > now()
         RETURNING user_id::text AS "userId"`,
        [orgId, sessionId, oldHash, newHash],
      );
      return rows[0] ?? null;
    });
  }

  sessionIsLive(orgId: string, sessionId: string, userId: string): Promise<boolean> {
    return this.inOrg(orgId, async (r) => {
      const rows = await rowsOf(r, 
        `SELECT 1 FROM auth_session WHERE org_id = $1 AND id = $2 AND user_id = $3 AND revoked_at IS NULL AND expires_at > now()`,
        [orgId, sessionId, userId],
      );
      return rows.length > 0;
    });
  }

  async revokeSession(orgId: string, sessionId: string): Promise<void> {
    await this.inOrg(orgId, (r) => rowsOf(r, `UPDATE auth_session SET revoked_at = now() WHERE org_id = $1 AND id = $2`, [orgId, sessionId]));
  }

  tokenPrincipal(orgId: string, tokenHash: string): Promise<{ user: UserRow; tokenId: string; scope: TokenScope } | null> {
    return this.inOrg(orgId, async (r) => {
      const [token] = await rowsOf(r, 
        `UPDATE api_token t SET last_used_at = now()
         FROM (SELECT id, last_used_at FROM api_token WHERE org_id = $1 AND token_hash = $2 FOR UPDATE) previous
         WHERE t.org_id = $1 AND t.id = previous.id AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
         RETURNING t.id::text AS id, t.user_id::text AS "userId", t.scope,
                   (previous.last_used_at IS NULL OR previous.last_used_at < now() - interval '1 hour') AS "auditUse"`,
        [orgId, tokenHash],
      );
      // Token use is audited at most hourly per token: enough to trace a leak, not a log of every call.
      if (token?.auditUse) {
        await rowsOf(r, `INSERT INTO audit_log (org_id, actor_user_id, actor_token_id, action, target) VALUES ($1, $2, $3, 'token.use', NULL)`, [orgId, token.userId, token.id]);
      }
      if (!token) return null;
      const user = await this.user(orgId, token.userId, r);
      return user && { user, tokenId: token.id, scope: token.scope };
    });
  }

  async audit(principal: Pick<Principal, 'orgId' | 'userId' | 'via'> | { orgId: string; userId: null; via: null }, action: string, target: string | null, details: Record<string, unknown>, ip: string | null): Promise<void> {
    await this.inOrg(principal.orgId, (r) =>
      rowsOf(r, 
        `INSERT INTO audit_log (org_id, actor_user_id, actor_token_id, action, target, details, ip) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [principal.orgId, principal.userId, principal.via?.kind === 'token' ? principal.via.tokenId : null, action, target, JSON.stringify(details), ip],
      ),
    );
  }
}

export type { UserRow };
