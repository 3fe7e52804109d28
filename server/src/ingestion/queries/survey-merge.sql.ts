import { externalIdMergeSql, recordAffectedDays } from './fact-merge.sql';
import { STAGED_INSTANT } from './staging.sql';

export const SURVEY_COLUMNS = [
  'site_id', 'channel', 'program_id', 'responded_at', 'agent', 'team', 'topic', 'language', 'customer_ref',
  'interaction_ref', 'csat', 'nps', 'ces', 'resolved', 'comment',
] as const;

/** Staged survey rows → survey_response; within one file the last row of an external_id wins. */
export const SURVEY_MERGE = externalIdMergeSql({
  table: 'survey_response',
  columns: SURVEY_COLUMNS,
  select: `st.external_id, st.site_id, st.channel, st.program_id, ${STAGED_INSTANT} AS responded_at, st.agent, st.team,
           st.topic, st.language, st.customer_ref, st.interaction_ref, st.csat, st.nps, st.ces, st.resolved, st.comment`,
  insertOrder: ['site_id', 'responded_at'],
  capture: ['site_id', 'responded_at'],
  recordAffected: recordAffectedDays('survey', 'responded_at'),
});

/** Ids of the stored rows in the order of the staged rows (one index probe each). */
export const SURVEY_IDS_SQL = `
  SELECT t.id FROM import_staging st
  CROSS JOIN LATERAL (SELECT t.id FROM survey_response t WHERE t.org_id = $1 AND t.external_id = st.external_id LIMIT 1) t
  ORDER BY st.line`;
