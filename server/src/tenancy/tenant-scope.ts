import { AsyncLocalStorage } from 'node:async_hooks';

/** What a request may see: one organisation, and all of its sites or a list of them. */
export interface TenantScope {
  orgId: string;
  siteIds: '*' | readonly string[];
}

/** The SET LOCAL statements that put a transaction in a scope; values validated, never interpolated raw. */
export function scopeStatements(scope: TenantScope): string[] {
  if (!/^\d{1,18}$/.test(scope.orgId)) throw new Error(`invalid org id in tenant scope: ${scope.orgId}`);
  const sites = scope.siteIds === '*' ? '*' : scope.siteIds.map((id) => {
    if (!/^\d{1,18}$/.test(id)) throw new Error(`invalid site id in tenant scope: ${id}`);
    return id;
  }).join(',');
  return [`SET LOCAL app.org_id = '${scope.orgId}'`, `SET LOCAL app.site_ids = '${sites}'`];
}

export const tenantContext = new AsyncLocalStorage<RequestTenancy>();

/** Per-request state: the scope and, once a query needs it, the open transaction. */
export interface RequestTenancy {
  scope: TenantScope | null;
  transaction: import('./request-transaction').RequestTransaction | null;
  /** Who is calling and from where, for the audit log. */
  actor: { userId: string; tokenId: string | null; ip: string | null } | null;
  /** The response being answered: admission control holds a big answer's memory until it is written. */
  response: import('node:http').ServerResponse | null;
}
