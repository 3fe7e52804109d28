import { Controller, Get, Query, Res } from '@nestjs/common';
import { csvLine } from '@cxlens/shared';
import type { Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { Allow } from '../auth/policy.decorators';
import { TenantDb } from '../tenancy/tenant-db';
import { EXPORT_COLUMNS, exportFilterOf, responsesPageQuery } from './responses-export.query';

const PAGE = 2000;
export const MAX_EXPORT_ROWS = 200_000;

/** Server-side CSV exports: scoped like every query, formula-safe, and audited. */
@Controller('api/exports')
export class ExportsController {
  constructor(private readonly db: TenantDb, private readonly audit: AuditService) {}

  @Allow('data:read')
  @Get('responses.csv')
  async responses(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const filter = exportFilterOf(query);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="cxlens-responses.csv"');
    res.write('\uFEFF' + csvLine([...EXPORT_COLUMNS]));
    let after: { at: string; id: string } | null = null;
    let rows = 0;
    while (rows < MAX_EXPORT_ROWS) {
      const page = responsesPageQuery(filter, after, PAGE);
      const batch: Record<string, string | number | boolean | null>[] = await this.db.query(page.sql, page.params);
      for (const row of batch) res.write(csvLine(EXPORT_COLUMNS.map((c) => row[c])));
      rows += batch.length;
      if (batch.length < PAGE) break;
      const last = batch[batch.length - 1];
      after = { at: String(last.cursor_at), id: String(last.id) }; // exact text round trip, no precision lost
    }
    await this.audit.record('export.csv', 'responses', { rows, filter });
    res.end();
  }
}
