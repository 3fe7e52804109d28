import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClientDisconnectedError, FileFormatError, Rejection } from './import-kind';
import { checkSpec, ImportOptions, UsageError } from './import-options';
import { emptyCounts, ImportOutcome, ImportRunner } from './import-runner';
import { fileErrorSummary, outcomeSummary } from './job-summary';
import { ImportJob } from './jobs/import-job.entity';
import { ImportJobsRepository, JobResult } from './jobs/import-jobs.repository';
import { ImportMappingsRepository } from './jobs/import-mappings.repository';
import { emptyMappingSpec, MappingSpec, overlaySpec, specFromJson } from './mapping/mapping-spec';
import { ImportSlots } from './import-slots';
import { DateFormat } from './mapping/timestamps';
import { fileRecordBatches } from './record-sources';
import { JobRejectionSink } from './rejection-sink';
import { ByteCounter } from './parsing/utf8-text';
import { KIND_DEFINITIONS } from './validation/kinds';

export interface FileImportResult {
  job: ImportJob;
  /** The first rejections (all of them: GET /api/imports/:id/rejections.csv or importJob.rejections). */
  rejections: Rejection[];
  createdSites: string[];
  createdPrograms: string[];
}

/**
 * A file import as the HTTP endpoint (and so the CLI) runs it: resolve the
 * mapping, record the job, stream the body through the runner, record the
 * outcome. Every ending (done, rejected, dry run, failure, client gone) leaves
 * the job finished with its counts.
 */
@Injectable()
export class FileImportsService {
  private readonly logger = new Logger('Imports');
  private readonly runner: ImportRunner;
  /** With the default pool of 10 connections, GraphQL keeps at least 4. */
  private readonly slots = new ImportSlots(3);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: ImportJobsRepository,
    private readonly mappings: ImportMappingsRepository,
  ) {
    this.runner = new ImportRunner(dataSource);
  }

  /** The mapping this import uses: the saved one (if named) overlaid with the options given. */
  async effectiveSpec(orgId: string, options: ImportOptions): Promise<MappingSpec> {
    let base = emptyMappingSpec();
    if (options.mappingName) {
      const saved = await this.mappings.byName(orgId, options.mappingName);
      if (!saved) throw new UsageError(`there is no saved mapping named "${options.mappingName}"`);
      if (saved.kind !== options.kind) throw new UsageError(`mapping "${saved.name}" is for ${saved.kind}, not ${options.kind}`);
      base = specFromJson(saved.spec);
    }
    return overlaySpec(base, options.overrides);
  }

  async run(orgId: string, options: ImportOptions, body: AsyncIterable<Uint8Array>, createdBy: string | null = null): Promise<FileImportResult> {
    const spec = await this.effectiveSpec(orgId, options);
    const dateFormats = checkSpec(options.kind, spec);
    if (options.saveMappingAs) await this.mappings.save(orgId, options.saveMappingAs, options.kind, spec);
    const release = await this.slots.acquire();
    try {
      return await this.runJob(orgId, options, spec, dateFormats, body, createdBy);
    } finally {
      release();
    }
  }

  private async runJob(
    orgId: string,
    options: ImportOptions,
    spec: MappingSpec,
    dateFormats: DateFormat[],
    body: AsyncIterable<Uint8Array>,
    createdBy: string | null,
  ): Promise<FileImportResult> {
    const job = await this.jobs.insert({
      orgId,
      kind: options.kind,
      fileName: options.fileName,
      mode: options.mode,
      dryRun: options.dryRun,
      options: { spec, createMissing: options.createMissing, siteDefaults: options.siteDefaults, slThresholdS: options.slThresholdS, format: options.format },
      createdBy,
    });
    const bytes: ByteCounter = { bytes: 0 };
    const counts = emptyCounts();
    const sink = new JobRejectionSink(this.dataSource, orgId, job.id);
    const finish = (result: Omit<JobResult, 'sizeBytes' | 'counts'>, on: Parameters<ImportJobsRepository['finish']>[0] = null, c = counts) =>
      this.jobs.finish(on, orgId, job.id, { ...result, sizeBytes: bytes.bytes, counts: c });
    try {
      const records = fileRecordBatches(body, options.format, KIND_DEFINITIONS[options.kind], spec, bytes);
      const settings = { ...options, orgId, dateFormats, source: 'import' };
      let committed: ImportJob | null = null;
      const outcome = await this.runner.run(settings, records, sink, {
        jobId: job.id,
        counts,
        beforeCommit: async (client, o) => {
          committed = await finish({ status: o.status, summary: outcomeSummary(o, false, sink.first[0]) }, client, o.counts);
        },
      });
      const finished = committed ?? (await finish({ status: outcome.status, summary: outcomeSummary(outcome, options.dryRun, sink.first[0]) }, null, outcome.counts));
      return this.result(finished, sink.first, outcome);
    } catch (error) {
      if (error instanceof FileFormatError) {
        await sink.add(error.rejections);
        await sink.close();
        return this.result(await finish({ status: 'REJECTED', summary: fileErrorSummary(error.rejections) }), sink.first);
      }
      await sink.close().catch(() => undefined);
      if (error instanceof ClientDisconnectedError) {
        this.logger.warn(`import ${job.id}: client disconnected after ${bytes.bytes} bytes; rolled back`);
        return this.result(await finish({ status: 'FAILED', summary: 'client disconnected before the end of the file; nothing was written' }), sink.first);
      }
      this.logger.error(`import ${job.id} failed: ${(error as Error).stack ?? error}`);
      const failed = await finish({ status: 'FAILED', summary: `import failed: ${(error as Error).message}; nothing was written` });
      return this.result(failed, sink.first);
    }
  }

  private result(job: ImportJob, rejections: readonly Rejection[], outcome?: ImportOutcome): FileImportResult {
    return { job, rejections: [...rejections], createdSites: outcome?.createdSites ?? [], createdPrograms: outcome?.createdPrograms ?? [] };
  }
}
