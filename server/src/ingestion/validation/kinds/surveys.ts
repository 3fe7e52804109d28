import { contentExternalId } from '../external-id';
import { channel, externalId, flag, integer, language, MAX_COMMENT_LENGTH, text } from '../field-values';
import { KindDefinition, REFERENCE_STAGING, readSiteAndProgram, readTimestamp, TIMESTAMP_STAGING, timestampKey, timestampStaged } from '../kind-definition';

/** survey_response rows: one post-contact survey answer each. */
export const SURVEYS: KindDefinition = {
  kind: 'surveys',
  fields: [
    { name: 'external_id', type: 'text ≤ 200' },
    { name: 'site', required: true, type: 'site code or name' },
    { name: 'channel', required: true, type: 'channel' },
    { name: 'program', type: 'program code or name' },
    { name: 'responded_at', required: true, type: 'timestamp' },
    { name: 'csat', type: 'integer 1-5' },
    { name: 'nps', type: 'integer 0-10' },
    { name: 'ces', type: 'integer 1-7' },
    { name: 'resolved', type: 'boolean' },
    { name: 'comment', type: `text ≤ ${MAX_COMMENT_LENGTH}` },
    { name: 'agent', type: 'text ≤ 200' },
    { name: 'team', type: 'text ≤ 200' },
    { name: 'topic', type: 'text ≤ 200' },
    { name: 'language', type: 'BCP 47 tag' },
    { name: 'customer_ref', type: 'text ≤ 200' },
    { name: 'interaction_ref', type: 'text ≤ 200' },
  ],
  staging: [
    { name: 'external_id', type: 'text' },
    ...REFERENCE_STAGING,
    { name: 'channel', type: 'channel' },
    ...TIMESTAMP_STAGING,
    { name: 'agent', type: 'text' },
    { name: 'team', type: 'text' },
    { name: 'topic', type: 'text' },
    { name: 'language', type: 'text' },
    { name: 'customer_ref', type: 'text' },
    { name: 'interaction_ref', type: 'text' },
    { name: 'csat', type: 'smallint' },
    { name: 'nps', type: 'smallint' },
    { name: 'ces', type: 'smallint' },
    { name: 'resolved', type: 'boolean' },
    { name: 'comment', type: 'text' },
  ],

  validate(row, ctx) {
    const id = row.read('external_id', externalId);
    const [site, program] = readSiteAndProgram(row, ctx);
    const ch = row.require('channel', channel);
    const at = readTimestamp(row, 'responded_at', ctx);
    const details = [
      row.read('agent', text),
      row.read('team', text),
      row.read('topic', text),
      row.read('language', language),
      row.read('customer_ref', text),
      row.read('interaction_ref', text),
    ];
    const answers = [
      row.read('csat', (v) => integer(v, 1, 5)),
      row.read('nps', (v) => integer(v, 0, 10)),
      row.read('ces', (v) => integer(v, 1, 7)),
      row.read('resolved', flag),
    ];
    const comment = row.read('comment', (v) => text(v, MAX_COMMENT_LENGTH));
    if (answers.every((a) => a === null)) {
      row.problem('csat', 'a survey response needs at least one answer: csat, nps, ces or resolved', null);
    }
    if (!row.valid) return null;
    const values = [...details, ...answers, comment].map((v) => v ?? null);
    return [id ?? contentExternalId('surveys', [site, ch, program, timestampKey(at), ...values]), ...ctx.refs.staged(site!, program!), ch!, ...timestampStaged(at), ...values];
  },
};
