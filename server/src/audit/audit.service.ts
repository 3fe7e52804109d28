import { Injectable } from '@nestjs/common';
import { TenantDb } from '../tenancy/tenant-db';
import { tenantContext } from '../tenancy/tenant-scope';

/** Audit actions, dotted: area.verb. */
export type AuditAction =
  | 'import.run'
  | 'export.csv'
  | 'user.create'
  | 'user.update'
  | 'token.create'
  | 'token.revoke'
  | 'settings.update';

@Injectable()
export class AuditService {
  constructor(private readonly db: TenantDb) {}

  /** Records an action of the current caller in the request's transaction (it commits with the work). */
  async record(action: AuditAction, target: string | null, details: Record<string, unknown> = {}): Promise<void> {
    const actor = tenantContext.getStore()?.actor ?? null;
    await this.db.query(
      `INSERT INTO audit_log (org_id, actor_user_id, actor_token_id, action, target, details, ip)
       VALUES (app_org_id(), $1, $2, $3, $4, $5, $6)`,
      [actor?.userId ?? null, actor?.tokenId ?? null, action, target, JSON.stringify(details), actor?.ip ?? null],
    );
  }
}
