import fc from 'fast-check';
import { Client } from 'pg';
import { SeededOrg } from '../support/seed';
import { refreshRollups } from './metrics-fixtures';

// Random facts for the rollup-equals-raw property: sites in awkward time zones, timestamps across
// DST changes and a quarter end, every answer optional, KPI counters that satisfy the table checks.

export const SITES = [
  { code: 'LAX', name: 'Los Angeles', city: 'Los Angeles', country: 'US', timeZone: 'America/Los_Angeles', region: 'AMER' },
  { code: 'MNL', name: 'Manila', city: 'Manila', country: 'PH', timeZone: 'Asia/Manila', region: 'APAC' },
  { code: 'KTM', name: 'Kathmandu', city: 'Kathmandu', country: 'NP', timeZone: 'Asia/Kathmandu', region: 'APAC' }, // UTC+5:45
  { code: 'LHI', name: 'Lord Howe', city: 'Lord Howe', country: 'AU', timeZone: 'Australia/Lord_Howe' }, // 30-minute DST, no region
];
export const CHANNELS = ['VOICE', 'CHAT', 'EMAIL'];
// Across the US spring-forward (8 March), Europe's (29 March), Lord Howe's fall-back (5 April) and a quarter end.
export const START = Date.parse('2026-02-22T00:00:00Z');
export const SPAN_DAYS = 50;

export interface RandomOrg extends SeededOrg {
  programIds: string[];
}

const instant = fc.integer({ min: 0, max: SPAN_DAYS * 96 - 1 }).map((quarterHour) => new Date(START + quarterHour * 900_000).toISOString());
const where = {
  site: fc.integer({ min: 0, max: SITES.length - 1 }),
  channel: fc.constantFrom(...CHANNELS),
  program: fc.integer({ min: 0, max: 1 }),
  at: instant,
};
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });

const survey = fc
  .record({
    ...where,
    csat: maybe(fc.integer({ min: 1, max: 5 })),
    nps: maybe(fc.integer({ min: 0, max: 10 })),
    ces: maybe(fc.integer({ min: 1, max: 7 })),
    resolved: maybe(fc.boolean()),
  })
  // a response answers at least one question (table check)
  .map((s) => (s.csat === null && s.nps === null && s.ces === null && s.resolved === null ? { ...s, csat: 3 } : s));

const evaluation = fc.record({
  ...where,
  kind: fc.constantFrom('QA', 'MYSTERY_SHOP'),
  score: fc.integer({ min: 0, max: 10000 }).map((hundredths) => hundredths / 100),
  passed: fc.boolean(),
  critical: fc.boolean(),
});

const kpi = fc
  .record({
    ...where,
    answered: fc.nat(40),
    abandoned: fc.nat(15),
    unreached: fc.nat(5),
    within: fc.nat(40),
    short: fc.nat(15),
    wait: fc.nat(4000),
    talk: fc.nat(20000),
    handled: fc.nat(40),
    resolvedFirst: fc.nat(40),
    opportunities: fc.nat(10),
    conversions: fc.nat(10),
    staffed: fc.nat(30000),
  })
  .map((k) => ({
    ...k,
    offered: k.answered + k.abandoned + k.unreached,
    within: Math.min(k.within, k.answered),
    short: Math.min(k.short, k.abandoned),
    resolvedFirst: Math.min(k.resolvedFirst, k.handled),
    conversions: Math.min(k.conversions, k.opportunities),
  }));

/** Facts of one organisation; at least `minLength` surveys and intervals. */
export function randomFacts(minLength = 0) {
  return fc.record({
    surveys: fc.array(survey, { minLength, maxLength: 60 }),
    evaluations: fc.array(evaluation, { minLength: minLength / 2, maxLength: 25 }),
    // one interval per site, channel, program and start (table key)
    kpis: fc.uniqueArray(kpi, { minLength, maxLength: 40, selector: (k) => `${k.site}|${k.channel}|${k.program}|${k.at}` }),
  });
}

export type RandomFacts = ReturnType<typeof randomFacts> extends fc.Arbitrary<infer T> ? T : never;

interface Placed {
  site: number;
  channel: string;
  program: number;
  at: string;
}

/** One array per column, for INSERT … SELECT FROM unnest(…): a single statement per fact table. */
function columns<T>(rows: readonly T[], ...pickers: ((row: T, index: number) => unknown)[]): unknown[][] {
  return pickers.map((pick) => rows.map(pick));
}

/** Inserts the facts into the organisation and rebuilds its rollups. */
export async function insertRandomFacts(client: Client, org: RandomOrg, facts: RandomFacts): Promise<void> {
  // site, channel, program and time: the first four columns of every fact table below
  const placed = [(r: Placed) => org.siteIds[SITES[r.site].code], (r: Placed) => r.channel, (r: Placed) => org.programIds[r.program], (r: Placed) => r.at];
  await client.query(
    `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, nps, ces, resolved, external_id)
     SELECT $1, * FROM unnest($2::bigint[], $3::channel[], $4::bigint[], $5::timestamptz[],
                              $6::int[], $7::int[], $8::int[], $9::boolean[], $10::text[])`,
    [org.orgId, ...columns(facts.surveys, ...placed, (r) => r.csat, (r) => r.nps, (r) => r.ces, (r) => r.resolved, (_, i) => `s${i}`)],
  );
  await client.query(
    `INSERT INTO process_evaluation (org_id, site_id, channel, program_id, evaluated_at, kind, score_pct, passed, critical_failed, external_id)
     SELECT $1, * FROM unnest($2::bigint[], $3::channel[], $4::bigint[], $5::timestamptz[],
                              $6::evaluation_kind[], $7::numeric[], $8::boolean[], $9::boolean[], $10::text[])`,
    [org.orgId, ...columns(facts.evaluations, ...placed, (r) => r.kind, (r) => r.score, (r) => r.passed, (r) => r.critical, (_, i) => `e${i}`)],
  );
  await client.query(
    `INSERT INTO kpi_interval (org_id, interval_minutes, site_id, channel, program_id, interval_start, offered, answered, abandoned,
       abandoned_short, answered_within_sl, wait_answered_s, talk_s, handled, resolved_first_contact, sales_opportunities,
       sales_conversions, staffed_s)
     SELECT $1, 15, * FROM unnest($2::bigint[], $3::channel[], $4::bigint[], $5::timestamptz[],
                                  $6::int[], $7::int[], $8::int[], $9::int[], $10::int[], $11::bigint[], $12::bigint[],
                                  $13::int[], $14::int[], $15::int[], $16::int[], $17::bigint[])`,
    [
      org.orgId,
      ...columns(
        facts.kpis,
        ...placed,
        (r) => r.offered,
        (r) => r.answered,
        (r) => r.abandoned,
        (r) => r.short,
        (r) => r.within,
        (r) => r.wait,
        (r) => r.talk,
        (r) => r.handled,
        (r) => r.resolvedFirst,
        (r) => r.opportunities,
        (r) => r.conversions,
        (r) => r.staffed,
      ),
    ],
  );
  await refreshRollups(client, org);
}
