import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryRunner, Repository } from 'typeorm';
import { NamedStatement, namedStatement } from './prepared-statements';
import { RequestTransaction } from './request-transaction';
import { eachRow } from './streamed-rows';
import { scopeStatements, tenantContext, TenantScope } from './tenant-scope';

/**
 * The rows of a statement. TypeORM's plain query() answers UPDATE/DELETE … RETURNING with
 * [rows, count]; the structured result always has the rows in `records`.
 */
export async function rowsOf<T = any>(runner: QueryRunner, sql: string | NamedStatement, params?: unknown[]): Promise<T[]> {
  // TypeORM hands the statement to node-postgres as it is; a named one is prepared there.
  return (await runner.query(sql as string, params, true)).records as T[];
}

export class NoTenantScopeError extends Error {
  constructor() {
    super('No tenant scope: this database access happened outside an authenticated request');
  }
}

/**
 * The only way feature code reaches tenant data. Statements run in the
 * request's transaction, where app.org_id / app.site_ids are set, so
 * PostgreSQL's row-level security confines them to the caller's scope.
 */
@Injectable()
export class TenantDb {
  constructor(private readonly dataSource: DataSource) {}

  private transaction(): RequestTransaction {
    const tx = tenantContext.getStore()?.transaction;
    if (!tx) throw new NoTenantScopeError();
    return tx;
  }

  scope(): TenantScope {
    return this.transaction().scope;
  }

  async query<T = any>(sql: string, params?: unknown[]): Promise<T[]> {
    return rowsOf<T>(await this.transaction().queryRunner(), sql, params);
  }

  /** A statement sent again and again (analytics): prepared once per connection, planned once (prepared-statements.ts). */
  async queryPrepared<T = any>(sql: string, params: unknown[]): Promise<T[]> {
    const runner = await this.transaction().queryRunner();
    return rowsOf<T>(runner, namedStatement(runner, sql), params);
  }

  /** A prepared statement whose rows are handed to `onRow` as they arrive, in its turn among the request's statements (streamed-rows.ts). */
  queryEachRow(sql: string, params: unknown[], onRow: (row: Record<string, unknown>) => void): Promise<void> {
    return this.transaction().exclusively((runner) => eachRow(runner, sql, params, onRow));
  }

  async repository<T extends ObjectLiteral>(entity: EntityTarget<T>): Promise<Repository<T>> {
    return (await this.transaction().manager()).getRepository(entity);
  }

  /** A savepoint inside the request transaction: the work is all-or-nothing even when the request goes on. */
  async atomically<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = await this.transaction().queryRunner();
    await runner.startTransaction(); // nested: a SAVEPOINT
    try {
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
  }

  /**
   * Runs `work` with every TenantDb call inside it in another scope of the same
   * organisation — used only for organisation-wide totals shown to a site manager,
   * whose callers must return aggregates that name no other site. A reading request's
   * other scope reads the same snapshot as the request.
   */
  async withScope<T>(scope: TenantScope, work: () => Promise<T>): Promise<T> {
    const store = tenantContext.getStore();
    if (!store?.transaction) throw new NoTenantScopeError();
    if (scope.orgId !== store.transaction.scope.orgId) throw new Error('withScope cannot change the organisation');
    const parent = store.transaction;
    const transaction = parent.readsOneSnapshot
      ? new RequestTransaction(this.dataSource, scope, 'snapshot', await parent.snapshot())
      : new RequestTransaction(this.dataSource, scope);
    try {
      const result = await tenantContext.run({ ...store, scope, transaction }, work);
      await transaction.finish('commit');
      return result;
    } catch (error) {
      await transaction.finish('rollback');
      throw error;
    }
  }

  /**
   * A dedicated connection and transaction in the caller's scope (or a wider one the
   * caller's policy allows, e.g. org-wide totals shown to a site manager), for long
   * streaming work such as imports. The runner is released when `work` settles.
   */
  async dedicated<T>(work: (runner: QueryRunner) => Promise<T>, scope: TenantScope = this.scope()): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      for (const statement of scopeStatements(scope)) await runner.query(statement);
      const result = await work(runner);
      if (runner.isTransactionActive) await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}
