import { Allow } from '../../auth/policy.decorators';
import { once } from 'node:events';
import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AuditService } from '../../audit/audit.service';
import { OrgScopedRequest } from '../../organizations/org-context';
import { FileImportsService } from '../file-imports.service';
import type { ImportStatus } from '../import-kind';
import { parseImportOptions, UsageError } from '../import-options';
import { ImportJob } from '../jobs/import-job.entity';
import type { ImportAnswer } from './import-answer';
import { ImportJobsRepository } from '../jobs/import-jobs.repository';
import { csvLine } from '@cxlens/shared';
import { RequestBody } from './request-body';

const HTTP_STATUS: Record<ImportStatus, number> = { RUNNING: 202, SUCCEEDED: 200, PARTIAL: 200, REJECTED: 422, FAILED: 500 };
const CSV_PAGE = 5000;

const rejectionsUrl = (job: ImportJob) => `/api/imports/${job.id}/rejections.csv`;

class OrgNotFound extends UsageError {}

/**
 * POST /api/imports/:kind streams the request body (no body parser touches
 * this route, see common/body-parsers.ts) into an import; the answer comes
 * when the import has finished. GET …/rejections.csv downloads every rejected row.
 */
@Controller('api/imports')
export class ImportsController {
  constructor(
    private readonly imports: FileImportsService,
    private readonly jobs: ImportJobsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The caller's organisation: always the signed-in principal's, never a header or parameter. */
  private async orgOf(req: OrgScopedRequest): Promise<string> {
    const orgId = req.principal?.orgId;
    if (!orgId) throw new OrgNotFound('Sign in first');
    return orgId;
  }

  @Allow('data:write')
  @Post(':kind')
  async upload(@Param('kind') kind: string, @Req() req: OrgScopedRequest, @Res() res: Response): Promise<void> {
    const body = new RequestBody(req);
    try {
      const orgId = await this.orgOf(req);
      const options = parseImportOptions(kind, req.query, req.header('content-type'));
      const result = await this.imports.run(orgId, options, body, req.principal?.email ?? null);
      await this.audit.record('import.run', result.job.fileName ?? kind, { jobId: result.job.id, kind, status: result.job.status });
      res.status(HTTP_STATUS[result.job.status]).json({ ...result, rejectionsUrl: rejectionsUrl(result.job) } satisfies ImportAnswer);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      res.status(error instanceof OrgNotFound ? 404 : 400).json({ error: error.message } satisfies ImportAnswer);
    } finally {
      // An early verdict (usage error, rejected header): the rest of the upload drains away unread.
      body.discardRest();
    }
  }

  @Allow('imports:read')
  @Get(':jobId')
  async job(@Param('jobId') jobId: string, @Req() req: OrgScopedRequest, @Res() res: Response): Promise<void> {
    const found = await this.findJob(jobId, req, res);
    if (!found) return;
    const rejections = await this.jobs.rejections(found.orgId, found.job.id, 100);
    res.json({ job: found.job, rejections, rejectionsUrl: rejectionsUrl(found.job) } satisfies ImportAnswer);
  }

  @Allow('imports:read')
  @Get(':jobId/rejections.csv')
  async rejectionsCsv(@Param('jobId') jobId: string, @Req() req: OrgScopedRequest, @Res() res: Response): Promise<void> {
    const found = await this.findJob(jobId, req, res);
    if (!found) return;
    const { job, orgId } = found;
    res.status(200).type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="import-${job.id}-rejections.csv"`);
    // The BOM makes Excel read the file as UTF-8.
    res.write(`\uFEFF${csvLine(['line', 'field', 'value', 'reason'])}`);
    let after = { line: 0, id: '0' };
    for (;;) {
      const page = await this.jobs.rejections(orgId, job.id, CSV_PAGE, after);
      if (page.length === 0) break;
      if (!res.write(page.map((r) => csvLine([r.line, r.field, r.value, r.reason])).join(''))) await once(res, 'drain');
      const last = page[page.length - 1];
      after = { line: last.line, id: last.id };
      if (page.length < CSV_PAGE) break;
    }
    res.end();
  }

  private async findJob(jobId: string, req: OrgScopedRequest, res: Response): Promise<{ job: ImportJob; orgId: string } | null> {
    let orgId: string;
    try {
      orgId = await this.orgOf(req);
    } catch (error) {
      res.status(404).json({ error: (error as Error).message } satisfies ImportAnswer);
      return null;
    }
    const job = await this.jobs.byId(orgId, jobId);
    if (!job) {
      res.status(404).json({ error: `No import job ${jobId} in this organisation` } satisfies ImportAnswer);
      return null;
    }
    return { job, orgId };
  }
}
