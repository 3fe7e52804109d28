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

/**
 * Site-days whose rollups must be recomputed, as the UTC dates of the changed
 * rows (no site join, no time zone per row), and contact intervals whose
 * kpi_interval rows must be.
 */
export const CREATE_AFFECTED_TABLES_SQL = [
  `CREATE TEMP TABLE import_affected_days (fact text NOT NULL, site_id bigint NOT NULL, utc_date date NOT NULL) ON COMMIT DROP`,
  `CREATE TEMP TABLE import_affected_intervals (site_id bigint NOT NULL, channel channel NOT NULL, program_id bigint NOT NULL,
     interval_start timestamptz NOT NULL) ON COMMIT DROP`,
];

/** Temp tables are never auto-analyzed; without statistics the merge would plan for an empty table. */
export const ANALYZE_STAGING_SQL = `ANALYZE import_staging`;

/**
 * Sorts and hashes of a big merge fit in memory (PostgreSQL's 4 MB default
 * spills a 1M-row import's sort to disk); for this transaction only.
 */
export const IMPORT_WORK_MEM_SQL = `SET LOCAL work_mem = '64MB'`;

/** --create-missing: the ids of the sites and programs created since the rows were staged ($1 = org id). */
export const FILL_CREATED_IDS_SQL = [
  `UPDATE import_staging st SET site_id = s.id FROM site s WHERE st.site_id IS NULL AND s.org_id = $1 AND s.code = st.site_code`,
  `UPDATE import_staging st SET program_id = p.id FROM program p WHERE st.program_id IS NULL AND p.org_id = $1 AND p.code = st.program_code`,
];

/** The staged rows ($1 = org id); site and program ids are staged, so nothing is joined. */
export const STAGED_ROWS = `FROM import_staging st`;

/**
 * A staged timestamp: the instant given, or the wall-clock time read in the
 * site's time zone (looked up only for such rows).
 */
export const STAGED_INSTANT = `coalesce(st.at_utc, st.at_local AT TIME ZONE (SELECT s.time_zone FROM site s WHERE s.org_id = $1 AND s.id = st.site_id))`;

/**
 * Site-days of a fact to refresh, as the AffectedDays SQL of
 * refreshDailyRollups: the local date of an instant on UTC date D is D-1, D or
 * D+1 (offsets within ±24 h), so all three are refreshed; recomputing a day
 * that did not change leaves it as it was.
 */
export function affectedDaysOf(fact: 'survey' | 'evaluation' | 'kpi'): string {
  return `SELECT DISTINCT a.site_id, a.utc_date + k.d AS local_date
          FROM import_affected_days a CROSS JOIN (VALUES (-1), (0), (1)) k(d) WHERE a.fact = '${fact}'`;
}

export const AFFECTED_FACTS_SQL = `SELECT DISTINCT fact FROM import_affected_days`;
