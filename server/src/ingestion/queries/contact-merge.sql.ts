import { externalIdMergeSql, recordAffectedDays } from './fact-merge.sql';
import { SURVEY_COLUMNS } from './survey-merge.sql';
import { STAGED_INSTANT } from './staging.sql';

export const CONTACT_COLUMNS = [
  'site_id', 'channel', 'program_id', 'started_at', 'answered', 'wait_s', 'talk_s', 'hold_s', 'acw_s', 'resolved',
  'transferred', 'sale_opportunity', 'sale', 'agent', 'topic', 'csat', 'nps', 'ces', 'comment',
] as const;

/**
 * The instant the site-local half hour containing `at` starts. Computed on
 * the local clock, so intervals align to the site's :00 and :30 in every
 * time zone (Asia/Kathmandu included) and across DST changes.
 */
export function localHalfHourStart(at: string, timeZone: string): string {
  const local = `(${at} AT TIME ZONE ${timeZone})`;
  return `(${at} - (${local} - date_bin('30 minutes', ${local}, timestamp '2000-01-01')))`;
}

/** Staged contacts → contact_record, capturing the old and new interval of every changed contact. */
export const CONTACT_MERGE = externalIdMergeSql({
  table: 'contact_record',
  columns: CONTACT_COLUMNS,
  select: `st.external_id, st.site_id, st.channel, st.program_id, ${STAGED_INSTANT} AS started_at, st.answered, st.wait_s,
           st.talk_s, st.hold_s, st.acw_s, st.resolved, st.transferred, st.sale_opportunity, st.sale, st.agent, st.topic,
           st.csat, st.nps, st.ces, st.comment`,
  insertOrder: ['site_id', 'channel', 'program_id', 'started_at'],
  capture: ['site_id', 'channel', 'program_id', 'started_at'],
  recordAffected: (rows) => `
  INSERT INTO import_affected_intervals (site_id, channel, program_id, interval_start)
  SELECT DISTINCT d.site_id, d.channel, d.program_id, ${localHalfHourStart('d.started_at', 's.time_zone')}
  FROM (${rows}) d CROSS JOIN LATERAL (SELECT s.time_zone FROM site s WHERE s.org_id = $1 AND s.id = d.site_id LIMIT 1) s`,
});

/** Ids of the stored rows in the order of the staged rows (one index probe each). */
export const CONTACT_IDS_SQL = `
  SELECT t.id FROM import_staging st
  CROSS JOIN LATERAL (SELECT t.id FROM contact_record t WHERE t.org_id = $1 AND t.external_id = st.external_id LIMIT 1) t
  ORDER BY st.line`;

const COUNTERS = ['offered', 'answered', 'abandoned', 'abandoned_short', 'answered_within_sl', 'wait_answered_s', 'talk_s',
  'hold_s', 'acw_s', 'handled', 'resolved_first_contact', 'transfers', 'sales_opportunities', 'sales_conversions'];

/**
 * Recomputes every affected 30-minute interval from ALL its contact records
 * (so re-imports never double count) and writes it to kpi_interval with
 * source 'contacts', replacing what an ACD import wrote for the same key
 * (staffed_s, which contacts cannot know, is kept). Intervals left without
 * contacts are deleted if contacts made them. Parameters: $1 org id,
 * $2 short-abandon seconds (abandoned with a known wait below it),
 * $3 service-level threshold seconds (answered with wait <= it).
 */
export const RECOMPUTE_CONTACT_INTERVALS_SQL = `
WITH affected AS MATERIALIZED (
  -- the bounds as columns: under row-level security only comparisons of columns become index conditions
  SELECT DISTINCT a.site_id, a.channel, a.program_id, a.interval_start, s.time_zone,
         a.interval_start - interval '1 hour' AS from_at, a.interval_start + interval '90 minutes' AS to_at
  FROM import_affected_intervals a JOIN site s ON s.org_id = $1 AND s.id = a.site_id
),
recomputed AS (
  SELECT a.site_id, a.channel, a.program_id, a.interval_start, c.*
  FROM affected a CROSS JOIN LATERAL (
    SELECT count(c.id)::int AS offered,
           count(*) FILTER (WHERE c.answered)::int AS answered,
           count(*) FILTER (WHERE NOT c.answered)::int AS abandoned,
           count(*) FILTER (WHERE NOT c.answered AND c.wait_s < $2)::int AS abandoned_short,
           count(*) FILTER (WHERE c.answered AND c.wait_s <= $3)::int AS answered_within_sl,
           coalesce(sum(c.wait_s) FILTER (WHERE c.answered), 0)::bigint AS wait_answered_s,
           coalesce(sum(c.talk_s), 0)::bigint AS talk_s,
           coalesce(sum(c.hold_s), 0)::bigint AS hold_s,
           coalesce(sum(c.acw_s), 0)::bigint AS acw_s,
           count(*) FILTER (WHERE c.answered)::int AS handled,
           count(*) FILTER (WHERE c.answered AND c.resolved)::int AS resolved_first_contact,
           count(*) FILTER (WHERE c.answered AND c.transferred)::int AS transfers,
           count(*) FILTER (WHERE c.sale_opportunity)::int AS sales_opportunities,
           count(*) FILTER (WHERE c.sale)::int AS sales_conversions
    FROM contact_record c
    WHERE c.org_id = $1 AND c.site_id = a.site_id AND c.channel = a.channel AND c.program_id = a.program_id
      AND c.started_at >= a.from_at AND c.started_at < a.to_at
      AND ${localHalfHourStart('c.started_at', 'a.time_zone')} = a.interval_start
  ) c
),
removed AS (
  DELETE FROM kpi_interval k USING recomputed r
  WHERE r.offered = 0 AND k.source = 'contacts' AND k.org_id = $1 AND k.site_id = r.site_id AND k.channel = r.channel
    AND k.program_id = r.program_id AND k.interval_start = r.interval_start
  RETURNING k.site_id, k.interval_start
),
written AS (
  INSERT INTO kpi_interval AS k (org_id, site_id, channel, program_id, interval_start, interval_minutes, sl_threshold_s, source, ${COUNTERS.join(', ')})
  SELECT $1, site_id, channel, program_id, interval_start, 30, $3, 'contacts', ${COUNTERS.join(', ')} FROM recomputed WHERE offered > 0
  ON CONFLICT (org_id, site_id, channel, program_id, interval_start) DO UPDATE
  SET interval_minutes = 30, sl_threshold_s = excluded.sl_threshold_s, source = 'contacts', repeat_contacts = 0, received_at = now(),
      ${COUNTERS.map((c) => `${c} = excluded.${c}`).join(', ')}
  WHERE (k.interval_minutes, k.sl_threshold_s, k.source, k.repeat_contacts, ${COUNTERS.map((c) => `k.${c}`).join(', ')})
        IS DISTINCT FROM (30, excluded.sl_threshold_s, 'contacts', 0, ${COUNTERS.map((c) => `excluded.${c}`).join(', ')})
  RETURNING k.site_id, k.interval_start
)
${recordAffectedDays('kpi', 'interval_start')('SELECT site_id, interval_start FROM removed UNION ALL SELECT site_id, interval_start FROM written')}`;

/** Contacts carrying csat/nps/ces → survey_response 'contact:<id>' linked by interaction_ref (run as UPSERT, never with duplicates). */
export const CONTACT_SURVEY_MERGE = externalIdMergeSql({
  table: 'survey_response',
  columns: SURVEY_COLUMNS,
  source: `'contacts'`,
  select: `'contact:' || c.external_id AS external_id, c.site_id, c.channel, c.program_id, c.started_at AS responded_at,
           c.agent, NULL::text AS team, c.topic, NULL::text AS language, NULL::text AS customer_ref,
           c.external_id AS interaction_ref, c.csat, c.nps, c.ces, NULL::boolean AS resolved, c.comment`,
  from: `
    FROM contact_record c
    WHERE c.org_id = $1 AND c.external_id IN (SELECT external_id FROM import_staging)
      AND (c.csat IS NOT NULL OR c.nps IS NOT NULL OR c.ces IS NOT NULL)`,
  insertOrder: ['site_id', 'responded_at'],
  capture: ['site_id', 'responded_at'],
  recordAffected: recordAffectedDays('survey', 'responded_at'),
});

/** A re-imported contact that no longer carries an answer takes its linked survey response with it. */
export const DELETE_UNANSWERED_CONTACT_SURVEYS_SQL = `
WITH gone AS (
  DELETE FROM survey_response r USING contact_record c
  WHERE r.org_id = $1 AND c.org_id = $1 AND r.external_id = 'contact:' || c.external_id
    AND c.external_id IN (SELECT external_id FROM import_staging)
    AND c.csat IS NULL AND c.nps IS NULL AND c.ces IS NULL
  RETURNING r.site_id, r.responded_at
)
${recordAffectedDays('survey', 'responded_at')('SELECT site_id, responded_at FROM gone')}`;
