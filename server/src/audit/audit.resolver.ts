import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/policy.decorators';
import { TenantDb } from '../tenancy/tenant-db';
import { AuditEntry } from './audit-entry.types';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly db: TenantDb) {}

  @Allow('audit:read')
  @Query(() => [AuditEntry], { description: 'The audit log, newest first (admins only).' })
  auditLog(
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
    @Args('action', { nullable: true, description: 'Only this action, e.g. auth.login_failed.' }) action?: string,
    @Args('before', { type: () => String, nullable: true, description: 'Only entries with an id below this (paging).' }) before?: string,
  ): Promise<AuditEntry[]> {
    const limit = Math.min(Math.max(first, 1), 500);
    return this.db.query(
      `SELECT a.id::text AS id, a.at, u.email AS actor, a.actor_token_id::text AS "actorTokenId", a.action, a.target,
              a.details::text AS details, a.ip
       FROM audit_log a LEFT JOIN app_user u ON u.org_id = a.org_id AND u.id = a.actor_user_id
       WHERE a.org_id = app_org_id() AND ($1::text IS NULL OR a.action = $1) AND ($2::bigint IS NULL OR a.id < $2::bigint)
       ORDER BY a.id DESC LIMIT $3`,
      [action ?? null, before && /^\d{1,18}$/.test(before) ? before : null, limit],
    );
  }
}
