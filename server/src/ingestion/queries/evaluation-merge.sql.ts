import { externalIdMergeSql, recordAffectedDays } from './fact-merge.sql';
import { STAGED_INSTANT } from './staging.sql';

export const EVALUATION_COLUMNS = [
  'kind', 'site_id', 'channel', 'program_id', 'evaluated_at', 'form', 'evaluator', 'agency', 'scenario', 'agent',
  'score_pct', 'passed', 'critical_failed', 'items', 'comment',
] as const;

/** Staged evaluations → process_evaluation; within one file the last row of an external_id wins. */
export const EVALUATION_MERGE = externalIdMergeSql({
  table: 'process_evaluation',
  columns: EVALUATION_COLUMNS,
  select: `st.external_id, st.kind, st.site_id, st.channel, st.program_id, ${STAGED_INSTANT} AS evaluated_at, st.form,
           st.evaluator, st.agency, st.scenario, st.agent, st.score_pct, st.passed, st.critical_failed, st.items, st.comment`,
  insertOrder: ['site_id', 'evaluated_at'],
  capture: ['site_id', 'evaluated_at'],
  recordAffected: recordAffectedDays('evaluation', 'evaluated_at'),
});

/** Ids of the stored rows in the order of the staged rows (one index probe each). */
export const EVALUATION_IDS_SQL = `
  SELECT t.id FROM import_staging st
  CROSS JOIN LATERAL (SELECT t.id FROM process_evaluation t WHERE t.org_id = $1 AND t.external_id = st.external_id LIMIT 1) t
  ORDER BY st.line`;
