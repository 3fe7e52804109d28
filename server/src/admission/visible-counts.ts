import type { TenantDb } from '../tenancy/tenant-db';
import type { VisibleCounts } from './answer-weight';

/** The sites and programs the request's scope can see (row-level security narrows a site manager's), for expectedRows. */
export async function visibleCounts(db: TenantDb): Promise<VisibleCounts> {
  const [row] = await db.queryPrepared<VisibleCounts>(`SELECT (SELECT count(*) FROM site)::int AS sites, (SELECT count(*) FROM program)::int AS programs`, []);
  return row;
}
