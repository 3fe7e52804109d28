import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import { FileImportsService } from './file-imports.service';
import { ImportsController } from './http/imports.controller';
import { ImportJobsRepository } from './jobs/import-jobs.repository';
import { ImportJobsResolver } from './jobs/import-jobs.resolver';
import { ImportMappingsRepository } from './jobs/import-mappings.repository';
import { ImportMappingsResolver } from './jobs/import-mappings.resolver';
import { RecordBatchesService } from './mutations/record-batches.service';
import { RecordMutationsResolver } from './mutations/record-mutations.resolver';

/** Large uploads stream for longer than Node's default 5-minute request timeout. */
const UPLOAD_TIMEOUT_MS = 60 * 60 * 1000;

/** Imports: files over HTTP (and so the CLI), GraphQL batches, jobs, rejections and saved mappings. */
@Module({
  controllers: [ImportsController],
  providers: [
    FileImportsService, ImportJobsRepository, ImportMappingsRepository, RecordBatchesService,
    ImportJobsResolver, ImportMappingsResolver, RecordMutationsResolver,
  ],
})
export class IngestionModule implements OnApplicationBootstrap {
  constructor(private readonly http: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    const server = this.http.httpAdapter?.getHttpServer() as Server | undefined;
    if (server) server.requestTimeout = UPLOAD_TIMEOUT_MS;
  }
}
