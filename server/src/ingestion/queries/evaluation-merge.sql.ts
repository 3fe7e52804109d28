import { externalIdMergeSql, recordAffectedDays } from './fact-merge.sql';
import { RESOLVED_STAGING, STAGED_INSTANT } from './staging.sql';

export const EVALUATION_COLUMNS = [
  'kind', 'site_id', 'channel', 'program_id', 'evaluated_at', 'form', 'evaluator', 'agency', 'scenario', 'agent',
  'score_pct', 'passed', 'critical_failed', 'items', 'comment',
] as const;

/** Staged evaluations → process_evaluation; within one file the last row of an external_id wins. */
export const EVALUATION_MERGE_SQL = externalIdMergeSql({
  table: 'process_evaluation',
  columns: EVALUATION_COLUMNS,
  src: `
    SELECT DISTINCT ON (st.external_id) st.external_id, st.kind, s.id AS site_id, st.channel, p.id AS program_id,
           ${STAGED_INSTANT} AS evaluated_at, st.form, st.evaluator, st.agency, st.scenario, st.agent,
           st.score_pct, st.passed, st.critical_failed, st.items, st.comment
    ${RESOLVED_STAGING}
    ORDER BY st.external_id, st.line DESC`,
  insertOrder: ['site_id', 'evaluated_at'],
  capture: ['site_id', 'evaluated_at'],
  recordAffected: recordAffectedDays('evaluation', 'evaluated_at'),
});

export const EVALUATION_IDS_SQL = `
  SELECT t.id FROM import_staging st
  JOIN process_evaluation t ON t.org_id = $1 AND t.external_id = st.external_id
  ORDER BY st.line`;
