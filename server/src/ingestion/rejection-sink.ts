import { Rejection } from './import-kind';
import type { DataSource } from 'typeorm';
import { INSERT_REJECTIONS_SQL } from './queries/rejections.sql';
import { inOrgTransaction } from './queryable';

/** Where rejected rows go while a file streams by: memory stays bounded whatever their number. */
export interface RejectionSink {
  add(rejections: readonly Rejection[]): Promise<void>;
  /** Writes what is still buffered. */
  close(): Promise<void>;
  /** The first few, for the immediate answer. */
  readonly first: readonly Rejection[];
}

const BATCH = 1000;
const KEPT = 100;

/**
 * Records the rejections of an import job in batches, each in its own short
 * transaction on a pool connection, so they survive the rollback of the
 * import itself (strict mode, dry run, failure).
 */
export class JobRejectionSink implements RejectionSink {
  readonly first: Rejection[] = [];
  private buffer: Rejection[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly orgId: string,
    private readonly jobId: string,
  ) {}

  async add(rejections: readonly Rejection[]): Promise<void> {
    for (const r of rejections) {
      if (this.first.length < KEPT) this.first.push(r);
      this.buffer.push(r);
    }
    if (this.buffer.length >= BATCH) await this.close();
  }

  async close(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    const params = [this.orgId, this.jobId, batch.map((r) => r.line), batch.map((r) => r.field), batch.map((r) => r.value), batch.map((r) => r.reason)];
    await inOrgTransaction(this.db, this.orgId, (query) => query(INSERT_REJECTIONS_SQL, params));
  }
}

/** For GraphQL batches (at most a few thousand rows): every rejection, in memory. */
export class CollectingRejectionSink implements RejectionSink {
  readonly first: Rejection[] = [];

  async add(rejections: readonly Rejection[]): Promise<void> {
    this.first.push(...rejections);
  }

  async close(): Promise<void> {}
}
