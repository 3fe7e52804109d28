import { Query } from 'pg';
import { QueryFailedError, QueryRunner } from 'typeorm';
import { namedStatement } from './prepared-statements';

/**
 * Runs `sql` on the runner's connection as a prepared statement and hands each row to `onRow` as
 * it arrives, keeping none: a slice query of 100,000 rows would otherwise hold them all until its
 * last one (they outlive the young generation and cost the collector a copy each; BENCHMARKS.md,
 * "Slices by column"). Sent to node-postgres directly, since TypeORM's query() gathers every row;
 * the caller gives it its turn on the connection (RequestTransaction.exclusively). An error thrown
 * by `onRow` lets the statement run to its end, so the connection stays usable, then rejects.
 */
export async function eachRow(runner: QueryRunner, sql: string, params: unknown[], onRow: (row: Record<string, unknown>) => void): Promise<void> {
  const client = (await runner.connect()) as { query(query: Query): Query };
  const statement = namedStatement(runner, sql);
  const query = new Query({ ...(typeof statement === 'string' ? { text: statement } : statement), values: params });
  await new Promise<void>((resolve, reject) => {
    let failure: unknown = null;
    query.on('row', (row: Record<string, unknown>) => {
      if (failure) return;
      try {
        onRow(row);
      } catch (error) {
        failure = error;
      }
    });
    query.on('error', (error: Error) => reject(new QueryFailedError(sql, params, error)));
    query.on('end', () => (failure ? reject(failure) : resolve()));
    client.query(query);
  });
}
