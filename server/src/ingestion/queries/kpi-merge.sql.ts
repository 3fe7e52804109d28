import { recordAffectedDays } from './fact-merge.sql';
import { STAGED_INSTANT } from './staging.sql';

export const KPI_VALUE_COLUMNS = [
  'interval_minutes', 'sl_threshold_s', 'offered', 'answered', 'abandoned', 'abandoned_short', 'answered_within_sl',
  'handled', 'resolved_first_contact', 'repeat_contacts', 'transfers', 'sales_opportunities', 'sales_conversions',
  'wait_answered_s', 'talk_s', 'hold_s', 'acw_s', 'staffed_s',
] as const;

const KEY = ['site_id', 'channel', 'program_id', 'interval_start'];
const values = KPI_VALUE_COLUMNS.join(', ');
const STAGED = `
    SELECT st.line, st.site_id, st.channel, st.program_id, ${STAGED_INSTANT} AS interval_start, ${KPI_VALUE_COLUMNS.map((c) => `st.${c}`).join(', ')}
    FROM import_staging st`;

/**
 * Staged ACD/WFM intervals → kpi_interval, keyed by (site, channel, program,
 * interval_start): the interval is replaced by the file's counters (whatever
 * wrote it before, contact records included). Within one file the last row of
 * a key wins; `duplicates` = false leaves out that DISTINCT ON sort, and then
 * a key staged twice fails the statement (cardinality_violation: the caller
 * runs it again with duplicates). Parameters: $1 org id, $2 source.
 */
export function kpiMergeSql(duplicates: boolean): string {
  const src = duplicates ? `SELECT DISTINCT ON (${KEY.join(', ')}) * FROM (${STAGED}) r ORDER BY ${KEY.join(', ')}, line DESC` : STAGED;
  return `
WITH src AS (${src}),
merged AS (
  INSERT INTO kpi_interval AS t (org_id, ${KEY.join(', ')}, source, ${values})
  SELECT $1, ${KEY.join(', ')}, $2, ${values} FROM src
  ORDER BY site_id, interval_start
  ON CONFLICT (org_id, site_id, channel, program_id, interval_start) DO UPDATE
  SET ${KPI_VALUE_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}, source = excluded.source, received_at = now()
  WHERE (${KPI_VALUE_COLUMNS.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${KPI_VALUE_COLUMNS.map((c) => `excluded.${c}`).join(', ')})
  RETURNING (t.xmax = 0) AS inserted, t.site_id, t.interval_start
),
affected AS (${recordAffectedDays('kpi', 'interval_start')('SELECT site_id, interval_start FROM merged')})
SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM merged`;
}

/** Ids of the stored rows in the order of the staged rows (one index probe each). */
export const KPI_IDS_SQL = `
  SELECT t.id FROM import_staging st
  CROSS JOIN LATERAL (
    SELECT t.id FROM kpi_interval t
    WHERE t.org_id = $1 AND t.site_id = st.site_id AND t.channel = st.channel AND t.program_id = st.program_id
      AND t.interval_start = ${STAGED_INSTANT}
    LIMIT 1
  ) t
  ORDER BY st.line`;
