import type { DataSource } from 'typeorm';

/** A pg client (or pool): query() resolves to a result with rows. The import runs on one such client. */
export interface PgQueryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: any[] }>;
}

/** Anything that runs a statement, result unused (a pg client, or TypeORM's DataSource on its pool). */
export interface StatementRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * The settings row-level security reads (shared/ARCHITECTURE.md): the
 * organisation, and all its sites (imports are not limited to a site scope).
 * Same statements as tenancy/tenant-scope.ts; the id is checked, not trusted.
 */
export function orgScopeStatements(orgId: string): string[] {
  if (!/^\d{1,18}$/.test(orgId)) throw new Error(`invalid organisation id: ${orgId}`);
  return [`SET LOCAL app.org_id = '${orgId}'`, `SET LOCAL app.site_ids = '*'`];
}

/**
 * Runs `work` in a short transaction of its own scoped to the organisation:
 * for import bookkeeping that must commit apart from the import (the job
 * record, rejected rows) and for reads outside it. Returns what TypeORM's
 * query() returns: the rows.
 */
export function inOrgTransaction<T>(db: DataSource, orgId: string, work: (query: (sql: string, params?: unknown[]) => Promise<any>) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    for (const statement of orgScopeStatements(orgId)) await tx.query(statement);
    return work((sql, params) => tx.query(sql, params));
  });
}
