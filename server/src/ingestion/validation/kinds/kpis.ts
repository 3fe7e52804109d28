import { INTERVAL_MINUTES } from '@cxlens/shared';
import { ParsedTimestamp } from '../../mapping/timestamps';
import { channel, duration, fail, integer } from '../field-values';
import { KindDefinition, REFERENCE_STAGING, readSiteAndProgram, readTimestamp, StagingColumn, TIMESTAMP_STAGING, timestampStaged } from '../kind-definition';
import { RowReader } from '../row-reader';

const INT_MAX = 2_147_483_647;
const COUNTERS = [
  'offered', 'answered', 'abandoned', 'abandoned_short', 'answered_within_sl', 'handled', 'resolved_first_contact',
  'repeat_contacts', 'transfers', 'sales_opportunities', 'sales_conversions',
] as const;
const SECONDS = ['wait_answered_s', 'talk_s', 'hold_s', 'acw_s', 'staffed_s'] as const;

/** The database's CHECKs on kpi_interval, as row rules with the fields they name. */
const AT_MOST: readonly [string, string][] = [
  ['abandoned_short', 'abandoned'],
  ['answered_within_sl', 'answered'],
  ['resolved_first_contact', 'handled'],
  ['repeat_contacts', 'handled'],
  ['transfers', 'handled'],
  ['sales_conversions', 'sales_opportunities'],
];

/** Interval starts must sit on a quarter hour (the database checks the same on the instant). */
function alignmentProblem(t: ParsedTimestamp): string | null {
  // t.iso is toISOString()'s YYYY-MM-DDTHH:mm:ss.sssZ.
  if (t.kind === 'instant') return Number(t.iso.slice(14, 16)) % 15 === 0 && t.iso.slice(17, 23) === '00.000' ? null : 'must start on a quarter hour (:00, :15, :30, :45)';
  const [, minute, second] = /:(\d{2}):(\d{2}\.\d{3})$/.exec(t.local)!;
  return Number(minute) % 15 === 0 && Number(second) === 0 ? null : 'must start on a quarter hour (:00, :15, :30, :45)';
}

function counters(row: RowReader): Record<string, number | undefined> {
  const values: Record<string, number | undefined> = {};
  for (const name of COUNTERS) values[name] = row.read(name, (v) => integer(v, 0, INT_MAX)) ?? (row.isEmpty(name) ? 0 : undefined);
  for (const name of SECONDS) values[name] = row.read(name, (v) => duration(v, Number.MAX_SAFE_INTEGER)) ?? (row.isEmpty(name) ? 0 : undefined);
  // ACD exports without a handled column: every answered contact was handled.
  if (row.isEmpty('handled')) values.handled = values.answered;
  return values;
}

/** kpi_interval rows from ACD/WFM exports, keyed by (site, channel, program, interval_start). */
export const KPIS: KindDefinition = {
  kind: 'kpis',
  fields: [
    { name: 'site', required: true, type: 'site code or name' },
    { name: 'channel', required: true, type: 'channel' },
    { name: 'program', type: 'program code or name' },
    { name: 'interval_start', required: true, type: 'timestamp' },
    { name: 'interval_minutes', type: '15, 30 or 60' },
    { name: 'offered', required: true, type: 'integer ≥ 0' },
    ...COUNTERS.filter((c) => c !== 'offered').map((name) => ({ name, type: 'integer ≥ 0' })),
    { name: 'sl_threshold_s', type: 'integer 1-86400' },
    ...SECONDS.map((name) => ({ name, type: 'seconds ≥ 0' })),
  ],
  staging: [
    ...REFERENCE_STAGING,
    { name: 'channel', type: 'channel' },
    ...TIMESTAMP_STAGING,
    { name: 'interval_minutes', type: 'smallint' },
    { name: 'sl_threshold_s', type: 'integer' },
    ...COUNTERS.map((name): StagingColumn => ({ name, type: 'integer' })),
    ...SECONDS.map((name): StagingColumn => ({ name, type: 'bigint' })),
  ],

  validate(row, ctx) {
    const [site, program] = readSiteAndProgram(row, ctx);
    const ch = row.require('channel', channel);
    const start = readTimestamp(row, 'interval_start', ctx);
    const alignment = start && alignmentProblem(start);
    if (alignment) row.problem('interval_start', alignment);
    const minutes = row.read('interval_minutes', (v) => {
      const n = integer(v, 15, 60);
      return n.ok && n.value !== null && !(INTERVAL_MINUTES as readonly number[]).includes(n.value) ? fail('must be 15, 30 or 60') : n;
    });
    const threshold = row.read('sl_threshold_s', (v) => integer(v, 1, 86_400));
    if (row.isEmpty('offered')) row.problem('offered', 'is required');
    const c = counters(row);
    if (row.valid) {
      const { offered, answered, abandoned } = c as Record<string, number>;
      if (answered + abandoned > offered) row.problem('offered', `answered (${answered}) + abandoned (${abandoned}) exceed offered (${offered})`);
      for (const [part, whole] of AT_MOST) {
        if (c[part]! > c[whole]!) row.problem(part, `${part} (${c[part]}) exceeds ${whole} (${c[whole]})`);
      }
    }
    if (!row.valid) return null;
    return [
      ...ctx.refs.staged(site!, program!), ch!, ...timestampStaged(start), minutes ?? 30, threshold ?? 20,
      ...COUNTERS.map((name) => c[name]!), ...SECONDS.map((name) => c[name]!),
    ];
  },
};
