import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ImportStatus } from '../import-kind';
import type { ImportCounts } from '../import-runner';
import { FAIL_ABANDONED_JOBS_SQL, FINISH_JOB_SQL, INSERT_JOB_SQL, JOB_BY_ID_SQL, JOB_PAGE_SQL } from '../queries/import-jobs.sql';
import { ORG_ID_BY_SLUG_SQL } from '../queries/reference-data.sql';
import { REJECTION_PAGE_SQL } from '../queries/rejections.sql';
import { inOrgTransaction, PgQueryable } from '../queryable';
import { ImportJob } from './import-job.entity';
import { ImportRejection } from './import-rejection.entity';

export interface NewJob {
  orgId: string;
  kind: string;
  fileName: string | null;
  mode: string;
  dryRun: boolean;
  options: Record<string, unknown>;
  createdBy: string | null;
}

export interface JobResult {
  status: ImportStatus;
  sizeBytes: number;
  counts: Omit<ImportCounts, 'staged'>;
  summary: string | null;
}

/** import_job and import_rejection: every statement is in queries/. */
@Injectable()
export class ImportJobsRepository {
  constructor(private readonly db: DataSource) {}

  /** Committed before the rows are read, so the job shows as RUNNING and its rejections can refer to it. */
  async insert(job: NewJob): Promise<ImportJob> {
    const params = [job.orgId, job.kind, job.fileName, job.mode, job.dryRun, job.options, job.createdBy];
    const [row] = await inOrgTransaction(this.db, job.orgId, (query) => query(INSERT_JOB_SQL, params));
    return row;
  }

  /** On the import's own connection inside its transaction (committing with the data), or apart after a rollback. */
  async finish(on: PgQueryable | null, orgId: string, jobId: string, r: JobResult): Promise<ImportJob> {
    const c = r.counts;
    const params = [orgId, jobId, r.status, r.sizeBytes, c.read, c.inserted, c.updated, c.unchanged, c.skipped, c.rejected, r.summary];
    if (on) return (await on.query(FINISH_JOB_SQL, params)).rows[0];
    const [row] = await inOrgTransaction(this.db, orgId, (query) => query(FINISH_JOB_SQL, params));
    return row;
  }

  // Jobs are read after abandoned ones are marked FAILED (FAIL_ABANDONED_JOBS_SQL), so no list shows an import
  // RUNNING for ever after its server stopped mid-way.

  async byId(orgId: string, jobId: string): Promise<ImportJob | null> {
    if (!/^\d{1,18}$/.test(jobId)) return null;
    const [row] = await inOrgTransaction(this.db, orgId, async (query) => {
      await query(FAIL_ABANDONED_JOBS_SQL, [orgId]);
      return query(JOB_BY_ID_SQL, [orgId, jobId]);
    });
    return row ?? null;
  }

  /** Newest first, one more than asked (to tell whether another page follows). */
  page(orgId: string, first: number, after: { at: string; id: string } | null): Promise<ImportJob[]> {
    return inOrgTransaction(this.db, orgId, async (query) => {
      await query(FAIL_ABANDONED_JOBS_SQL, [orgId]);
      return query(JOB_PAGE_SQL, [orgId, first + 1, after?.at ?? null, after?.id ?? null]);
    });
  }



  /** In file order, after (line, id). */
  rejections(orgId: string, jobId: string, first: number, after: { line: number; id: string } = { line: 0, id: '0' }): Promise<ImportRejection[]> {
    return inOrgTransaction(this.db, orgId, (query) => query(REJECTION_PAGE_SQL, [orgId, jobId, after.line, after.id, first]));
  }
}
