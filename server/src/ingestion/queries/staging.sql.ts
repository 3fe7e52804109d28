import type { StagingColumn } from '../validation/kind-definition';

/**
 * The per-import TEMP tables. They live on the import's one connection and
 * vanish with its transaction (ON COMMIT DROP, and on ROLLBACK).
 */
export function createStagingTableSql(columns: readonly StagingColumn[]): string {
  return `CREATE TEMP TABLE import_staging (line integer NOT NULL, ${columns.map((c) => `${c.name} ${c.type}`).join(', ')}) ON COMMIT DROP`;
}

export function copyIntoStagingSql(columns: readonly StagingColumn[]): string {
  return `COPY import_staging (line, ${columns.map((c) => c.name).join(', ')}) FROM STDIN`;
}

/** Site-days whose rollups must be recomputed, and contact intervals whose kpi_interval rows must be. */
export const CREATE_AFFECTED_TABLES_SQL = [
  `CREATE TEMP TABLE import_affected_days (fact text NOT NULL, site_id bigint NOT NULL, local_date date NOT NULL) ON COMMIT DROP`,
  `CREATE TEMP TABLE import_affected_intervals (site_id bigint NOT NULL, channel channel NOT NULL, program_id bigint NOT NULL,
     interval_start timestamptz NOT NULL) ON COMMIT DROP`,
];

/** Temp tables are never auto-analyzed; without statistics the merge would plan for an empty table. */
export const ANALYZE_STAGING_SQL = `ANALYZE import_staging`;

/** Staged rows joined to their site and program ($1 = org id); `at` is the row's instant. */
export const RESOLVED_STAGING = `
  FROM import_staging st
  JOIN site s ON s.org_id = $1 AND s.code = st.site_code
  JOIN program p ON p.org_id = $1 AND p.code = st.program_code`;

/** A staged timestamp: the instant given, or the wall-clock time read in the site's time zone. */
export const STAGED_INSTANT = `coalesce(st.at_utc, st.at_local AT TIME ZONE s.time_zone)`;

/** Site-days of a fact to refresh, as the AffectedDays SQL of refreshDailyRollups. */
export function affectedDaysOf(fact: 'survey' | 'evaluation' | 'kpi'): string {
  return `SELECT site_id, local_date FROM import_affected_days WHERE fact = '${fact}'`;
}

export const AFFECTED_FACTS_SQL = `SELECT DISTINCT fact FROM import_affected_days`;
