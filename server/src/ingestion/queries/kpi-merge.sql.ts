import { recordAffectedDays } from './fact-merge.sql';
import { RESOLVED_STAGING, STAGED_INSTANT } from './staging.sql';

export const KPI_VALUE_COLUMNS = [
  'interval_minutes', 'sl_threshold_s', 'offered', 'answered', 'abandoned', 'abandoned_short', 'answered_within_sl',
  'handled', 'resolved_first_contact', 'repeat_contacts', 'transfers', 'sales_opportunities', 'sales_conversions',
  'wait_answered_s', 'talk_s', 'hold_s', 'acw_s', 'staffed_s',
] as const;

const KEY = ['site_id', 'channel', 'program_id', 'interval_start'];
const values = KPI_VALUE_COLUMNS.join(', ');

/**
 * Staged ACD/WFM intervals → kpi_interval, keyed by (site, channel, program,
 * interval_start): the interval is replaced by the file's counters (whatever
 * wrote it before, contact records included). Parameters: $1 org id, $2 source.
 */
export const KPI_MERGE_SQL = `
WITH src AS (
  SELECT DISTINCT ON (${KEY.join(', ')}) * FROM (
    SELECT st.line, s.id AS site_id, st.channel, p.id AS program_id, ${STAGED_INSTANT} AS interval_start, ${KPI_VALUE_COLUMNS.map((c) => `st.${c}`).join(', ')}
    ${RESOLVED_STAGING}
  ) r
  ORDER BY ${KEY.join(', ')}, line DESC
),
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

export const KPI_IDS_SQL = `
  SELECT t.id ${RESOLVED_STAGING}
  JOIN kpi_interval t ON t.org_id = $1 AND t.site_id = s.id AND t.channel = st.channel AND t.program_id = p.id
   AND t.interval_start = ${STAGED_INSTANT}
  ORDER BY st.line`;
