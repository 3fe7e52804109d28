import { from as copyFrom } from 'pg-copy-streams';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { loadImportContext } from './import-context';
import { ImportKind, ImportMode } from './import-kind';
import { mergeStaged, refreshAffectedRollups, stagedRowIds } from './kind-merges';
import { DateFormat } from './mapping/timestamps';
import { HOLD_JOB_LOCK_SQL } from './queries/import-jobs.sql';
import { CREATE_MISSING_PROGRAMS_SQL, CREATE_MISSING_SITES_SQL, LOCK_ORG_IMPORTS_SQL } from './queries/reference-data.sql';
import {
  ANALYZE_STAGING_SQL, copyIntoStagingSql, CREATE_AFFECTED_TABLES_SQL, createStagingTableSql, FILL_CREATED_IDS_SQL, IMPORT_WORK_MEM_SQL,
} from './queries/staging.sql';
import { orgScopeStatements } from './queryable';
import { RecordBatches } from './record-sources';
import { RejectionSink } from './rejection-sink';
import { copyTextLine } from './staging/copy-text';
import { CopyWriter } from './staging/copy-writer';
import { ValidationContext } from './validation/kind-definition';
import { KIND_DEFINITIONS } from './validation/kinds';
import { SiteDefaults } from './validation/references';
import { RowReader } from './validation/row-reader';

export interface ImportSettings {
  orgId: string;
  kind: ImportKind;
  mode: ImportMode;
  dryRun: boolean;
  dateFormats: readonly DateFormat[];
  createMissing: boolean;
  siteDefaults: SiteDefaults | null;
  slThresholdS: number;
  /** 'import' for files, 'api' for GraphQL. */
  source: string;
  /** Return the ids of the stored rows in input order (GraphQL batches). */
  returnIds?: boolean;
}

export interface ImportCounts {
  read: number;
  staged: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rejected: number;
}

export interface ImportOutcome {
  status: 'SUCCEEDED' | 'PARTIAL' | 'REJECTED';
  counts: ImportCounts;
  ids?: string[];
  createdSites: string[];
  createdPrograms: string[];
}

export interface RunHooks {
  /** Filled as rows are read, so a caller still knows them when the run fails. */
  counts?: ImportCounts;
  /** Runs inside the import's transaction right before COMMIT (the job record commits with the data). */
  beforeCommit?: (client: PoolClient, outcome: ImportOutcome) => Promise<void>;
  /** The import's job: its lock is held for the whole transaction, telling a running import from an abandoned one. */
  jobId?: string;
}

export function emptyCounts(): ImportCounts {
  return { read: 0, staged: 0, inserted: 0, updated: 0, unchanged: 0, skipped: 0, rejected: 0 };
}

/**
 * One import, start to end, on ONE connection and in ONE transaction:
 * stream records → validate → COPY into a TEMP staging table → one merge →
 * derived rows (contact intervals) → rollup refresh → COMMIT (or ROLLBACK for
 * strict rejections and dry runs). Rejections go to the sink as they come.
 */
export class ImportRunner {
  constructor(private readonly db: DataSource) {}

  async run(settings: ImportSettings, records: RecordBatches, sink: RejectionSink, hooks: RunHooks = {}): Promise<ImportOutcome> {
    const queryRunner = this.db.createQueryRunner();
    const client = (await queryRunner.connect()) as PoolClient;
    let inTransaction = false;
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      inTransaction = true;
      if (hooks.jobId) await client.query(HOLD_JOB_LOCK_SQL, [hooks.jobId]);
      for (const statement of orgScopeStatements(settings.orgId)) await client.query(statement);
      await client.query(IMPORT_WORK_MEM_SQL);
      const context = await loadImportContext(client, settings.orgId, settings);
      const counts = hooks.counts ?? emptyCounts();
      await this.stage(client, settings, records, sink, context.validation, counts);
      await sink.close();
      if (counts.rejected > 0 && (settings.mode === 'strict' || counts.staged === 0)) {
        await client.query('ROLLBACK');
        inTransaction = false;
        return { status: 'REJECTED', counts, createdSites: [], createdPrograms: [] };
      }
      await client.query(ANALYZE_STAGING_SQL);
      for (const sql of CREATE_AFFECTED_TABLES_SQL) await client.query(sql);
      await client.query(LOCK_ORG_IMPORTS_SQL, [settings.orgId]);
      const created = await this.createMissing(client, settings);
      const merged = await mergeStaged(settings.kind, client, { ...settings, shortAbandonSeconds: context.shortAbandonSeconds });
      await refreshAffectedRollups(client, settings.orgId);
      const outcome: ImportOutcome = {
        status: counts.rejected > 0 ? 'PARTIAL' : 'SUCCEEDED',
        counts: { ...counts, ...merged, unchanged: counts.staged - merged.inserted - merged.updated },
        ...(settings.returnIds ? { ids: await stagedRowIds(settings.kind, client, settings.orgId) } : {}),
        ...created,
      };
      if (settings.dryRun) {
        await client.query('ROLLBACK');
      } else {
        await hooks.beforeCommit?.(client, outcome);
        await client.query('COMMIT');
      }
      inTransaction = false;
      return outcome;
    } catch (error) {
      if (inTransaction) await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw error;
    } finally {
      // A connection that could not roll back is not given back to the pool.
      await (queryRunner as unknown as { releasePostgresConnection(err?: Error): Promise<void> }).releasePostgresConnection(broken);
    }
  }

  private async stage(
    client: PoolClient,
    settings: ImportSettings,
    batches: RecordBatches,
    sink: RejectionSink,
    validation: ValidationContext,
    counts: ImportCounts,
  ): Promise<void> {
    const kind = KIND_DEFINITIONS[settings.kind];
    await client.query(createStagingTableSql(kind.staging));
    const writer = new CopyWriter(client.query(copyFrom(copyIntoStagingSql(kind.staging))));
    try {
      for await (const batch of batches) {
        for (const record of batch) {
          counts.read++;
          if (record.problems) {
            counts.rejected++;
            await sink.add(record.problems);
            continue;
          }
          if (record.skip) {
            counts.skipped++;
            continue;
          }
          const row = new RowReader(record.line, record.values);
          const staged = kind.validate(row, validation);
          if (!staged) {
            counts.rejected++;
            await sink.add(row.errors);
            continue;
          }
          // Strict mode keeps reading after the first bad row, to report every one, but stops staging.
          if (settings.mode === 'strict' && counts.rejected > 0) continue;
          if (writer.push(copyTextLine(record.line, staged))) await writer.flush();
          counts.staged++;
        }
      }
      await writer.end();
    } catch (error) {
      await writer.abort(error as Error);
      throw error;
    }
  }

  private async createMissing(client: PoolClient, settings: ImportSettings): Promise<Pick<ImportOutcome, 'createdSites' | 'createdPrograms'>> {
    if (!settings.createMissing) return { createdSites: [], createdPrograms: [] };
    const d = settings.siteDefaults;
    const sites = d ? (await client.query(CREATE_MISSING_SITES_SQL, [settings.orgId, d.city ?? null, d.country, d.timeZone])).rows : [];
    const programs = (await client.query(CREATE_MISSING_PROGRAMS_SQL, [settings.orgId])).rows;
    // Rows naming a site or program that did not exist when they were staged (created now, or meanwhile).
    for (const sql of FILL_CREATED_IDS_SQL) await client.query(sql, [settings.orgId]);
    return { createdSites: sites.map((r) => r.code), createdPrograms: programs.map((r) => r.code) };
  }
}
