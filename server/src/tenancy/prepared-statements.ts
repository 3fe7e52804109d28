import { createHash } from 'node:crypto';
import type { QueryRunner } from 'typeorm';

/**
 * Named statements for the SQL that dashboards send again and again (the metrics engine's
 * slice queries). PostgreSQL plans an unnamed statement at every execution, and a rollup read
 * with row-level security, a dozen aggregates and a UNION ALL branch per grain takes about as
 * long to plan as to run. A named statement is parsed once per connection and, after five
 * executions, runs from a cached generic plan whenever that plan is estimated no dearer than
 * the custom ones (plan_cache_mode auto). Its row-level security still reads the tenant
 * settings when it runs (InitPlans), so a cached plan serves every tenant and scope alike.
 * Measured on the Overview's summary: 4.0 ms of PostgreSQL statement time per request before,
 * 0.9 ms after (BENCHMARKS.md).
 *
 * node-postgres keeps the names a connection has prepared. Each connection prepares at most
 * MAX_PREPARED_PER_CONNECTION statements, the first ones it meets; later new shapes run
 * unnamed, so the memory a backend holds for plans stays bounded whatever shapes arrive.
 */
export const MAX_PREPARED_PER_CONNECTION = 100;

/** What node-postgres accepts in place of the SQL text: a name makes it a prepared statement. */
export interface NamedStatement {
  name: string;
  text: string;
}

const preparedByConnection = new WeakMap<object, Set<string>>();

/** The statement to send on `runner`'s connection: named while the connection has room, else the plain text. */
export function namedStatement(runner: QueryRunner, sql: string): NamedStatement | string {
  const connection = (runner as QueryRunner & { databaseConnection?: object }).databaseConnection;
  if (!connection) return sql;
  let names = preparedByConnection.get(connection);
  if (!names) preparedByConnection.set(connection, (names = new Set()));
  const name = `cx_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
  if (names.has(name)) return { name, text: sql };
  if (names.size >= MAX_PREPARED_PER_CONNECTION) return sql;
  names.add(name);
  return { name, text: sql };
}
