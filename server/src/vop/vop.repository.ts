import { Injectable } from '@nestjs/common';
import { TenantDb } from '../tenancy/tenant-db';
import { checklistItemsQuery } from './queries/checklist-items';
import type { SliceFilter, SliceWindow } from '../metrics/queries/slice-spec';

/** The VOP feature's door to the database (labels and checklist items; metrics come from MetricsService). */
@Injectable()
export class VopRepository {
  constructor(private readonly db: TenantDb) {}

  async labels(orgId: string): Promise<{ sites: Map<string, string>; programs: Map<string, string> }> {
    const [sites, programs] = await Promise.all([
      this.db.query(`SELECT id::text AS id, name FROM site WHERE org_id = $1`, [orgId]),
      this.db.query(`SELECT id::text AS id, name FROM program WHERE org_id = $1`, [orgId]),
    ]);
    const map = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));
    return { sites: map(sites), programs: map(programs) };
  }

  async checklistItems(orgId: string, window: SliceWindow, filter: SliceFilter): Promise<{ siteId: string; section: string; item: string; attainment: number }[]> {
    const query = checklistItemsQuery(orgId, window, filter);
    return this.db.query(query.sql, query.params);
  }
}
