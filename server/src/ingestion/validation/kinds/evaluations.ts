import { contentExternalId } from '../external-id';
import { checklistItems, scoreItems } from '../evaluation-items';
import { channel, decimal, evaluationKind, externalId, flag, MAX_COMMENT_LENGTH, text } from '../field-values';
import { KindDefinition, REFERENCE_STAGING, readSiteAndProgram, readTimestamp, TIMESTAMP_STAGING, timestampKey, timestampStaged } from '../kind-definition';

/**
 * process_evaluation rows. score_pct is taken as given (the agency's official
 * score) or computed from the items with the form's rules; passed and
 * critical_failed likewise.
 */
export const EVALUATIONS: KindDefinition = {
  kind: 'evaluations',
  fields: [
    { name: 'external_id', type: 'text ≤ 200' },
    { name: 'kind', required: true, type: 'MYSTERY_SHOP or QA' },
    { name: 'site', required: true, type: 'site code or name' },
    { name: 'channel', required: true, type: 'channel' },
    { name: 'program', type: 'program code or name' },
    { name: 'evaluated_at', required: true, type: 'timestamp' },
    { name: 'score_pct', type: 'number 0-100' },
    { name: 'items', type: 'JSON array' },
    { name: 'passed', type: 'boolean' },
    { name: 'critical_failed', type: 'boolean' },
    { name: 'form', type: 'text ≤ 200' },
    { name: 'evaluator', type: 'text ≤ 200' },
    { name: 'agency', type: 'text ≤ 200' },
    { name: 'scenario', type: 'text ≤ 200' },
    { name: 'agent', type: 'text ≤ 200' },
    { name: 'comment', type: `text ≤ ${MAX_COMMENT_LENGTH}` },
  ],
  staging: [
    { name: 'external_id', type: 'text' },
    { name: 'kind', type: 'evaluation_kind' },
    ...REFERENCE_STAGING,
    { name: 'channel', type: 'channel' },
    ...TIMESTAMP_STAGING,
    { name: 'form', type: 'text' },
    { name: 'evaluator', type: 'text' },
    { name: 'agency', type: 'text' },
    { name: 'scenario', type: 'text' },
    { name: 'agent', type: 'text' },
    { name: 'score_pct', type: 'numeric(5,2)' },
    { name: 'passed', type: 'boolean' },
    { name: 'critical_failed', type: 'boolean' },
    { name: 'items', type: 'jsonb' },
    { name: 'comment', type: 'text' },
  ],

  validate(row, ctx) {
    const id = row.read('external_id', externalId);
    const kind = row.require('kind', evaluationKind);
    const [site, program] = readSiteAndProgram(row, ctx);
    const ch = row.require('channel', channel);
    const at = readTimestamp(row, 'evaluated_at', ctx);
    const form = row.read('form', text);
    const details = [form, row.read('evaluator', text), row.read('agency', text), row.read('scenario', text), row.read('agent', text)];
    const rules = ctx.scoringRules(form ?? null);
    const items = row.read('items', checklistItems);
    const scored = items ? row.read('items', () => scoreItems(items, rules)) : null;
    const given = row.read('score_pct', (v) => decimal(v, 0, rules.scoreCapPct));
    const passedGiven = row.read('passed', flag);
    const criticalGiven = row.read('critical_failed', flag);
    const comment = row.read('comment', (v) => text(v, MAX_COMMENT_LENGTH));
    if (given === null && items === null) row.problem('score_pct', 'is required when there are no items to compute it from');
    if (!row.valid) return null;
    const scorePct = given ?? scored!.scorePct;
    const criticalFailed = criticalGiven ?? scored?.criticalFailed ?? false;
    const passed = passedGiven ?? (scorePct >= rules.passMarkPct && !criticalFailed);
    const itemsJson = JSON.stringify(items ?? []);
    const values = [...details.map((v) => v ?? null), scorePct, passed, criticalFailed, itemsJson, comment ?? null];
    const key = id ?? contentExternalId('evaluations', [kind, site, ch, program, timestampKey(at), ...values]);
    return [key, kind!, ...ctx.refs.staged(site!, program!), ch!, ...timestampStaged(at), ...values];
  },
};
