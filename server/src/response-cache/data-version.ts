import { namedStatement } from '../tenancy/prepared-statements';
import type { RequestTransaction } from '../tenancy/request-transaction';
import { rowsOf } from '../tenancy/tenant-db';

const VERSION_SQL = `SELECT coalesce((SELECT version FROM data_version WHERE org_id = app_org_id()), 0)::text AS version`;

/**
 * The organisation's data version as the request's snapshot sees it (0 before its first write).
 * Raised at the commit of every transaction that wrote its data (migrations/…-DataVersions.ts).
 */
export async function dataVersionOf(transaction: RequestTransaction): Promise<string> {
  const runner = await transaction.queryRunner();
  const [row] = await rowsOf(runner, namedStatement(runner, VERSION_SQL));
  return row.version as string;
}
