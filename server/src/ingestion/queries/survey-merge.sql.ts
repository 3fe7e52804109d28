import { externalIdMergeSql, recordAffectedDays } from './fact-merge.sql';
import { RESOLVED_STAGING, STAGED_INSTANT } from './staging.sql';

export const SURVEY_COLUMNS = [
  'site_id', 'channel', 'program_id', 'responded_at', 'agent', 'team', 'topic', 'language', 'customer_ref',
  'interaction_ref', 'csat', 'nps', 'ces', 'resolved', 'comment',
] as const;

/** Staged survey rows → survey_response; within one file the last row of an external_id wins. */
export const SURVEY_MERGE_SQL = externalIdMergeSql({
  table: 'survey_response',
  columns: SURVEY_COLUMNS,
  src: `
    SELECT DISTINCT ON (st.external_id) st.external_id, s.id AS site_id, st.channel, p.id AS program_id,
           ${STAGED_INSTANT} AS responded_at, st.agent, st.team, st.topic, st.language, st.customer_ref,
           st.interaction_ref, st.csat, st.nps, st.ces, st.resolved, st.comment
    ${RESOLVED_STAGING}
    ORDER BY st.external_id, st.line DESC`,
  insertOrder: ['site_id', 'responded_at'],
  capture: ['site_id', 'responded_at'],
  recordAffected: recordAffectedDays('survey', 'responded_at'),
});

export const SURVEY_IDS_SQL = `
  SELECT t.id FROM import_staging st
  JOIN survey_response t ON t.org_id = $1 AND t.external_id = st.external_id
  ORDER BY st.line`;
