import { Injectable } from '@nestjs/common';
import { TenantDb } from '../tenancy/tenant-db';
import type { Program } from '../programs/program.entity';
import type { Site } from '../sites/site.entity';
import { BuiltQuery } from './queries/sql-params';

/**
 * The metrics feature's only door to the database. Every statement runs in the request's
 * transaction (TenantDb), where row-level security confines it to the caller's scope.
 */
@Injectable()
export class MetricsRepository {
  constructor(private readonly db: TenantDb) {}

  private run<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.db.query(sql, params);
  }

  /** The request's scope covers every site of the organisation (not a site manager's list). */
  seesAllSites(): boolean {
    return this.db.scope().siteIds === '*';
  }

  /**
   * Rows of a slice query built by buildFactSliceQuery or buildPeriodsQuery, each handed to
   * `onRow` as it arrives: a prepared statement, as dashboards repeat their shapes.
   */
  sumParts(query: BuiltQuery, onRow: (row: Record<string, unknown>) => void): Promise<void> {
    return this.db.queryEachRow(query.sql, query.params, onRow);
  }

  /** The organisation's stored metric choices (`settings.metrics`), unvalidated; undefined when none. */
  async storedMetricSettings(orgId: string): Promise<unknown> {
    const rows = await this.db.queryPrepared<{ metrics: unknown }>(`SELECT settings -> 'metrics' AS metrics FROM organization WHERE id = $1::bigint`, [orgId]);
    return rows[0]?.metrics ?? undefined;
  }

  async saveMetricSettings(orgId: string, overrides: Record<string, unknown>): Promise<void> {
    await this.run(`UPDATE organization SET settings = jsonb_set(settings, '{metrics}', $2::jsonb) WHERE id = $1::bigint`, [
      orgId,
      JSON.stringify(overrides),
    ]);
  }

  sitesByIds(orgId: string, ids: readonly string[]): Promise<Site[]> {
    return this.run(
      `SELECT org_id::text AS "orgId", id::text AS id, code, name, city, country, region, time_zone AS "timeZone", active
       FROM site WHERE org_id = $1::bigint AND id = ANY($2::bigint[])`,
      [orgId, ids],
    );
  }

  programsByIds(orgId: string, ids: readonly string[]): Promise<Program[]> {
    return this.run(
      `SELECT org_id::text AS "orgId", id::text AS id, code, name, active FROM program WHERE org_id = $1::bigint AND id = ANY($2::bigint[])`,
      [orgId, ids],
    );
  }
}
