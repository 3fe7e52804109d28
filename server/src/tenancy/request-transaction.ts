import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { scopeStatements, TenantScope } from './tenant-scope';

/**
 * How a request's transaction reads. A GraphQL query runs many statements (tiles, trends, the
 * organisation benchmark); under READ COMMITTED each would see its own moment, and an import
 * committing in between would make one answer mix the data before and after it. Reads therefore
 * share one REPEATABLE READ snapshot; writes keep READ COMMITTED, which never fails them with a
 * serialization error when two imports touch the same rollup rows.
 */
export type TransactionMode = 'write' | 'snapshot';

/**
 * The one transaction a request's reads and writes run in, opened lazily on
 * the app role's pool with the tenant settings set locally, so row-level
 * security applies to every statement. Committed by the GraphQL plugin before
 * the response is sent (rolled back for a failed mutation), released at the end.
 */
export class RequestTransaction {
  private runner: QueryRunner | null = null;
  private opening: Promise<QueryRunner> | null = null;
  private exportedSnapshot: Promise<string> | null = null;
  /** The last statement asked for on the connection (inTurn). */
  private turn: Promise<unknown> = Promise.resolve();

  /**
   * @param sharedSnapshot a snapshot exported by another open transaction (pg_export_snapshot) that this one
   *   must read: a site manager's organisation-wide totals come from the same moment as their own sites' figures.
   */
  constructor(
    private readonly dataSource: DataSource,
    readonly scope: TenantScope,
    private mode: TransactionMode = 'write',
    private readonly sharedSnapshot: string | null = null,
  ) {}

  /** Reads only, from one snapshot. Must be chosen before the first statement. */
  useSnapshot(): void {
    if (this.opening) throw new Error('the transaction is already open; choose its mode before the first statement');
    this.mode = 'snapshot';
  }

  get readsOneSnapshot(): boolean {
    return this.mode === 'snapshot';
  }

  async queryRunner(): Promise<QueryRunner> {
    if (this.runner) return this.runner;
    this.opening ??= (async () => {
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      const query = runner.query.bind(runner);
      runner.query = ((...args: Parameters<QueryRunner['query']>) => this.inTurn(() => query(...args))) as QueryRunner['query'];
      if (this.mode === 'snapshot') {
        await runner.startTransaction('REPEATABLE READ');
        await runner.query('SET TRANSACTION READ ONLY');
        if (this.sharedSnapshot) await runner.query(`SET TRANSACTION SNAPSHOT '${snapshotId(this.sharedSnapshot)}'`);
      } else {
        await runner.startTransaction();
      }
      for (const statement of scopeStatements(this.scope)) await runner.query(statement);
      this.runner = runner;
      return runner;
    })();
    return this.opening;
  }

  /**
   * Runs `work` on the connection once the statements asked for before it are done; statements
   * asked for meanwhile wait for it. For work that talks to the driver itself (a streamed
   * statement): it must not call `runner.query`, which would wait for its own turn.
   */
  async exclusively<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const runner = await this.queryRunner();
    return this.inTurn(() => work(runner));
  }

  /**
   * Statements of one request take turns on its connection. Resolvers and loaders ask in parallel
   * (the slices of several facts, the two periods of a comparison); node-postgres queues such
   * overlapping queries on one client only with a deprecation warning, and pg 9 will refuse them.
   */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work);
    this.turn = result.catch(() => undefined);
    return result;
  }

  /** The id of this transaction's snapshot, for another transaction to read the same data (snapshot mode only). */
  async snapshot(): Promise<string> {
    if (this.mode !== 'snapshot') throw new Error('only a snapshot transaction can share its snapshot');
    this.exportedSnapshot ??= (async () => {
      const runner = await this.queryRunner();
      const [row] = await runner.query('SELECT pg_export_snapshot() AS id');
      return row.id as string;
    })();
    return this.exportedSnapshot;
  }

  async manager(): Promise<EntityManager> {
    return (await this.queryRunner()).manager;
  }

  async finish(outcome: 'commit' | 'rollback'): Promise<void> {
    const runner = this.opening ? await this.opening.catch(() => null) : null;
    this.runner = null;
    this.opening = null;
    this.exportedSnapshot = null;
    if (!runner) return;
    try {
      if (runner.isTransactionActive) {
        if (outcome === 'commit') await runner.commitTransaction();
        else await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
    }
  }
}

function snapshotId(id: string): string {
  if (!/^[0-9A-F]+-[0-9A-F]+-[0-9]+$/i.test(id)) throw new Error(`invalid snapshot id: ${id}`);
  return id;
}
