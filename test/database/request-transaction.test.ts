import { DataSource } from 'typeorm';
import { RequestTransaction } from '../../server/src/tenancy/request-transaction';
import { eachRow } from '../../server/src/tenancy/streamed-rows';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/** A request's statements share one connection: streamed ones (TenantDb.queryEachRow) take their turn like the others. */
describe('request transaction', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource({ type: 'postgres', url: db.url, extra: { max: 2 } }).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('runs streamed and plain statements asked for at once one after the other, each row to its own statement', async () => {
    const transaction = new RequestTransaction(dataSource, { orgId: '1', siteIds: '*' }, 'snapshot');
    try {
      const runner = await transaction.queryRunner();
      // Count the statements sent to the connection and not yet answered.
      const client = (await runner.connect()) as { query: (...args: unknown[]) => any };
      const send = client.query.bind(client);
      let inFlight = 0;
      let mostInFlight = 0;
      client.query = (...args: unknown[]) => {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        const sent = send(...args);
        const done = () => inFlight--;
        if (typeof sent?.then === 'function') sent.then(done, done);
        else sent.once('end', done).once('error', done);
        return sent;
      };
      const streamed = (n: number) => {
        let sum = 0;
        return transaction
          .exclusively((r) => eachRow(r, 'SELECT g AS v FROM generate_series(1, $1::int) g', [n], (row) => (sum += Number(row.v))))
          .then(() => sum);
      };
      const plain = (sql: string) => runner.query(sql).then((rows: { v: number }[]) => Number(rows[0].v));
      const sums = await Promise.all([streamed(1000), streamed(2000), plain('SELECT 7 AS v'), streamed(3000), plain('SELECT 5 AS v')]);
      expect(sums).toEqual([500_500, 2_001_000, 7, 4_501_500, 5]);
      // node-postgres queues overlapping queries on one client only with a deprecation warning; pg 9 refuses them.
      expect(mostInFlight).toBe(1);
    } finally {
      await transaction.finish('commit');
    }
  });
});
