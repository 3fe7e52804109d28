import { Injectable } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import type { Principal } from '../auth/principal';
import { newApiToken } from '../auth/secrets';
import { userInputError } from '../common/user-input-error';
import { TenantDb } from '../tenancy/tenant-db';
import { ApiToken, CreateApiTokenInput, CreatedApiToken, CreateUserInput, UpdateUserInput, User } from './account.types';

const USER_COLUMNS = `u.id::text AS id, u.email, u.name, u.role, u.active, u.created_at AS "createdAt", u.last_login_at AS "lastLoginAt",
  coalesce((SELECT array_agg(us.site_id::text ORDER BY us.site_id) FROM user_site us WHERE us.org_id = u.org_id AND us.user_id = u.id), '{}') AS "siteIds"`;
const TOKEN_COLUMNS = `t.id::text AS id, t.name, t.prefix, t.scope, u.email AS "ownerEmail", t.created_at AS "createdAt",
  t.last_used_at AS "lastUsedAt", t.expires_at AS "expiresAt", t.revoked_at AS "revokedAt"`;

export const MIN_PASSWORD_LENGTH = 10;

function checkPassword(password: string | undefined): void {
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
    throw userInputError(`password must have at least ${MIN_PASSWORD_LENGTH} characters`, 'password');
  }
}

@Injectable()
export class AccountsService {
  constructor(private readonly db: TenantDb, private readonly audit: AuditService, private readonly auth: AuthService) {}

  async users(): Promise<User[]> {
    return this.db.query(`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.org_id = app_org_id() ORDER BY u.email`);
  }

  async user(id: string): Promise<User> {
    const [user] = await this.db.query(`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.org_id = app_org_id() AND u.id = $1`, [id]);
    if (!user) throw userInputError(`No user with id ${id}`, 'id');
    return user;
  }

  async createUser(input: CreateUserInput): Promise<User> {
    checkPassword(input.password);
    const email = input.email.trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw userInputError(`"${input.email}" is not an email address`, 'email');
    const passwordHash = input.password ? await hash(input.password) : null;
    return this.db.atomically(async (m) => {
      const existing = await m.query(`SELECT 1 FROM app_user WHERE org_id = app_org_id() AND email = $1`, [email]);
      if (existing.length) throw userInputError(`A user with email ${email} already exists`, 'email');
      const [{ id }] = await m.query(
        `INSERT INTO app_user (org_id, email, name, role, password_hash) VALUES (app_org_id(), $1, $2, $3, $4) RETURNING id::text AS id`,
        [email, input.name.trim(), input.role, passwordHash],
      );
      await this.assignSites(id, input.siteIds ?? []);
      await this.audit.record('user.create', email, { role: input.role, siteIds: input.siteIds ?? [] });
      return this.user(id);
    });
  }

  async updateUser(id: string, input: UpdateUserInput): Promise<User> {
    checkPassword(input.password);
    const before = await this.user(id);
    const passwordHash = input.password ? await hash(input.password) : null;
    await this.db.atomically(async (m) => {
      await m.query(
        `UPDATE app_user SET name = coalesce($2, name), role = coalesce($3, role), active = coalesce($4, active),
                password_hash = coalesce($5, password_hash)
         WHERE org_id = app_org_id() AND id = $1`,
        [id, input.name?.trim() ?? null, input.role ?? null, input.active ?? null, passwordHash],
      );
      if (input.siteIds) {
        await m.query(`DELETE FROM user_site WHERE org_id = app_org_id() AND user_id = $1`, [id]);
        await this.assignSites(id, input.siteIds);
      }
      if (input.active === false || input.password) {
        await m.query(`UPDATE auth_session SET revoked_at = now() WHERE org_id = app_org_id() AND user_id = $1 AND revoked_at IS NULL`, [id]);
      }
      const changes = { ...input, password: input.password ? 'changed' : undefined };
      await this.audit.record('user.update', before.email, changes);
    });
    this.auth.forgetAll(); // role, sites or activity changed: cached principals must be re-read
    return this.user(id);
  }

  private async assignSites(userId: string, siteIds: string[]): Promise<void> {
    if (siteIds.some((s) => !/^\d{1,18}$/.test(s))) throw userInputError('siteIds must be site ids', 'siteIds');
    if (!siteIds.length) return;
    const rows = await this.db.query(
      `INSERT INTO user_site (org_id, user_id, site_id)
       SELECT app_org_id(), $1, s.id FROM site s WHERE s.org_id = app_org_id() AND s.id = ANY($2::bigint[])
       RETURNING site_id`,
      [userId, siteIds],
    );
    if (rows.length !== new Set(siteIds).size) throw userInputError('siteIds contains a site that is not in this organisation', 'siteIds');
  }

  async apiTokens(principal: Principal, everyone: boolean): Promise<ApiToken[]> {
    return this.db.query(
      `SELECT ${TOKEN_COLUMNS} FROM api_token t JOIN app_user u ON u.org_id = t.org_id AND u.id = t.user_id
       WHERE t.org_id = app_org_id() AND ($1 OR t.user_id = $2) ORDER BY t.created_at DESC`,
      [everyone, principal.userId],
    );
  }

  async createApiToken(principal: Principal, input: CreateApiTokenInput): Promise<CreatedApiToken> {
    const name = input.name.trim();
    if (!name || name.length > 100) throw userInputError('name must have 1 to 100 characters', 'name');
    if (input.expiresInDays !== undefined && (input.expiresInDays < 1 || input.expiresInDays > 3650)) {
      throw userInputError('expiresInDays must be 1 to 3650', 'expiresInDays');
    }
    const { token, prefix, hash: tokenHash } = newApiToken(principal.orgId);
    const [row] = await this.db.query(
      `INSERT INTO api_token (org_id, user_id, name, token_hash, prefix, scope, expires_at)
       VALUES (app_org_id(), $1, $2, $3, $4, $5, CASE WHEN $6::int IS NULL THEN NULL ELSE now() + make_interval(days => $6::int) END)
       RETURNING id::text AS id`,
      [principal.userId, name, tokenHash, prefix, input.scope, input.expiresInDays ?? null],
    );
    await this.audit.record('token.create', name, { id: row.id, scope: input.scope });
    const [apiToken] = await this.db.query(
      `SELECT ${TOKEN_COLUMNS} FROM api_token t JOIN app_user u ON u.org_id = t.org_id AND u.id = t.user_id WHERE t.org_id = app_org_id() AND t.id = $1`,
      [row.id],
    );
    return { token, apiToken };
  }

  async revokeApiToken(principal: Principal, id: string, anyone: boolean): Promise<ApiToken> {
    const [row] = await this.db.query(
      `UPDATE api_token SET revoked_at = coalesce(revoked_at, now())
       WHERE org_id = app_org_id() AND id = $1 AND ($2 OR user_id = $3) RETURNING id::text AS id, token_hash AS hash, name`,
      [id, anyone, principal.userId],
    );
    if (!row) throw userInputError(`No token with id ${id} that you may revoke`, 'id');
    this.auth.forget(`t:${row.hash}`);
    await this.audit.record('token.revoke', row.name, { id });
    const [apiToken] = await this.db.query(
      `SELECT ${TOKEN_COLUMNS} FROM api_token t JOIN app_user u ON u.org_id = t.org_id AND u.id = t.user_id WHERE t.org_id = app_org_id() AND t.id = $1`,
      [id],
    );
    return apiToken;
  }
}
