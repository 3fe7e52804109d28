import { contentExternalId } from '../external-id';
import { channel, duration, externalId, fail, flag, integer, MAX_COMMENT_LENGTH, text } from '../field-values';
import { KindDefinition, REFERENCE_STAGING, readSiteAndProgram, readTimestamp, TIMESTAMP_STAGING, timestampKey, timestampStaged } from '../kind-definition';

const SECONDS_MAX = 2_147_483_647;
const HANDLING = ['talk_s', 'hold_s', 'acw_s'] as const;
/** The linked survey response is `contact:<external_id>`, and external ids have at most 200 characters. */
const MAX_CONTACT_ID = 200 - 'contact:'.length;

function contactId(raw: string) {
  const id = externalId(raw);
  return id.ok && id.value !== null && id.value.length > MAX_CONTACT_ID
    ? fail(`is ${id.value.length} characters long; a contact's external_id has at most ${MAX_CONTACT_ID} (its survey response is contact:<id>)`)
    : id;
}

/**
 * contact_record rows: one call, chat or ticket each. They are aggregated into
 * site-local 30-minute kpi_interval rows; a row with csat/nps/ces also becomes
 * a survey_response linked to the contact.
 */
export const CONTACTS: KindDefinition = {
  kind: 'contacts',
  fields: [
    { name: 'external_id', type: 'text ≤ 200' },
    { name: 'site', required: true, type: 'site code or name' },
    { name: 'channel', required: true, type: 'channel' },
    { name: 'program', type: 'program code or name' },
    { name: 'started_at', required: true, type: 'timestamp' },
    { name: 'answered', required: true, type: 'boolean' },
    { name: 'wait_s', type: 'seconds ≥ 0' },
    ...HANDLING.map((name) => ({ name, type: 'seconds ≥ 0' })),
    { name: 'resolved', type: 'boolean' },
    { name: 'transferred', type: 'boolean' },
    { name: 'sale_opportunity', type: 'boolean' },
    { name: 'sale', type: 'boolean' },
    { name: 'agent', type: 'text ≤ 200' },
    { name: 'topic', type: 'text ≤ 200' },
    { name: 'csat', type: 'integer 1-5' },
    { name: 'nps', type: 'integer 0-10' },
    { name: 'ces', type: 'integer 1-7' },
    { name: 'comment', type: `text ≤ ${MAX_COMMENT_LENGTH}` },
  ],
  staging: [
    { name: 'external_id', type: 'text' },
    ...REFERENCE_STAGING,
    { name: 'channel', type: 'channel' },
    ...TIMESTAMP_STAGING,
    { name: 'answered', type: 'boolean' },
    { name: 'wait_s', type: 'integer' },
    ...HANDLING.map((name) => ({ name, type: 'integer' })),
    { name: 'resolved', type: 'boolean' },
    { name: 'transferred', type: 'boolean' },
    { name: 'sale_opportunity', type: 'boolean' },
    { name: 'sale', type: 'boolean' },
    { name: 'agent', type: 'text' },
    { name: 'topic', type: 'text' },
    { name: 'csat', type: 'smallint' },
    { name: 'nps', type: 'smallint' },
    { name: 'ces', type: 'smallint' },
    { name: 'comment', type: 'text' },
  ],

  validate(row, ctx) {
    const id = row.read('external_id', contactId);
    const [site, program] = readSiteAndProgram(row, ctx);
    const ch = row.require('channel', channel);
    const at = readTimestamp(row, 'started_at', ctx);
    const answered = row.require('answered', flag);
    const wait = row.read('wait_s', (v) => duration(v, SECONDS_MAX));
    const handling = HANDLING.map((f) => row.read(f, (v) => duration(v, SECONDS_MAX)));
    const resolved = row.read('resolved', flag);
    const transferred = row.read('transferred', flag);
    const sale = row.read('sale', flag);
    const opportunity = row.read('sale_opportunity', flag);
    const details = [
      row.read('agent', text),
      row.read('topic', text),
      row.read('csat', (v) => integer(v, 1, 5)),
      row.read('nps', (v) => integer(v, 0, 10)),
      row.read('ces', (v) => integer(v, 1, 7)),
      row.read('comment', (v) => text(v, MAX_COMMENT_LENGTH)),
    ];
    if (answered === true && wait === null) row.problem('wait_s', 'is required when answered is true (it makes ASA and service level)');
    if (answered === false) {
      HANDLING.forEach((f, i) => handling[i] && row.problem(f, 'must be 0 or empty when answered is false'));
    }
    if (sale === true && opportunity === false) row.problem('sale_opportunity', 'cannot be false when sale is true');
    if (!row.valid) return null;
    const values = [
      answered!, wait ?? null, ...handling.map((h) => h ?? 0), resolved ?? null, transferred ?? false,
      opportunity ?? sale ?? false, sale ?? false, ...details.map((v) => v ?? null),
    ];
    const key = id ?? contentExternalId('contacts', [site, ch, program, timestampKey(at), ...values]);
    return [key, ...ctx.refs.staged(site!, program!), ch!, ...timestampStaged(at), ...values];
  },
};
