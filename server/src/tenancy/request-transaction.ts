import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { scopeStatements, TenantScope } from './tenant-scope';

/**
 * The one transaction a request's reads and writes run in, opened lazily on
 * the app role's pool with the tenant settings set locally, so row-level
 * security applies to every statement. Committed by the GraphQL plugin before
 * the response is sent (rolled back for a failed mutation), released at the end.
 */
export class RequestTransaction {
  private runner: QueryRunner | null = null;
  private opening: Promise<QueryRunner> | null = null;

  constructor(private readonly dataSource: DataSource, readonly scope: TenantScope) {}

  async queryRunner(): Promise<QueryRunner> {
    if (this.runner) return this.runner;
    this.opening ??= (async () => {
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      for (const statement of scopeStatements(this.scope)) await runner.query(statement);
      this.runner = runner;
      return runner;
    })();
    return this.opening;
  }

  async manager(): Promise<EntityManager> {
    return (await this.queryRunner()).manager;
  }

  async finish(outcome: 'commit' | 'rollback'): Promise<void> {
    const runner = this.opening ? await this.opening.catch(() => null) : null;
    this.runner = null;
    this.opening = null;
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
