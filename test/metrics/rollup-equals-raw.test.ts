import fc from 'fast-check';
import { METRIC_IDS } from '@cxlens/shared';
import { seedOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { METRICS_SELECTION } from './metrics-api';
import { CHANNELS, RandomOrg, SITES, SPAN_DAYS, START, insertRandomFacts, randomFacts } from './random-facts';

// The architecture's exactness rule: for any data, what the daily rollups answer equals what the
// raw rows answer, for every measure and every grouping and granularity the rollups can serve.

const ROLLUP_DIMENSIONS = ['SITE', 'COUNTRY', 'CITY', 'REGION', 'CHANNEL', 'PROGRAM'];
const CALENDAR_GRANULARITIES = ['NONE', 'DAY', 'WEEK', 'MONTH', 'QUARTER'];

const SAME_ARGUMENTS = 'filter: $filter, measures: $measures, groupBy: $groupBy, granularity: $granularity, compareTo: $compareTo';
const BOTH_SOURCES = `
  query Both($filter: MetricFilter!, $measures: [MetricId!]!, $groupBy: [Dimension!], $granularity: Granularity, $compareTo: ComparePeriod) {
    rollup: metrics(${SAME_ARGUMENTS}, source: ROLLUP) {${METRICS_SELECTION} }
    raw: metrics(${SAME_ARGUMENTS}, source: RAW) {${METRICS_SELECTION} }
  }`;

const dayOf = (offset: number) => new Date(START + offset * 86_400_000).toISOString().slice(0, 10);

const randomQuery = fc.record({
  start: fc.integer({ min: -1, max: SPAN_DAYS }),
  length: fc.integer({ min: 1, max: SPAN_DAYS }),
  groupBy: fc.subarray(ROLLUP_DIMENSIONS, { maxLength: 2 }),
  granularity: fc.constantFrom(...CALENDAR_GRANULARITIES),
  compareTo: fc.constantFrom(null, 'PREVIOUS_PERIOD'),
  channels: fc.option(fc.subarray(CHANNELS, { minLength: 1 }), { nil: undefined }),
  countries: fc.option(fc.subarray(['US', 'PH', 'NP', 'AU'], { minLength: 1 }), { nil: undefined }),
});

/** Every difference between the two answers, as readable lines (one expect over thousands of cells). */
function differences(rollup: any, raw: any): string[] {
  const found: string[] = [];
  if (rollup.source !== 'ROLLUP' || raw.source !== 'RAW') found.push(`sources ${rollup.source} / ${raw.source}`);
  const keys = (result: any) => JSON.stringify(result.rows.map((r: any) => [r.dimensions, r.bucket]));
  if (keys(rollup) !== keys(raw)) return [...found, `rows differ: ${keys(rollup)} / ${keys(raw)}`];
  rollup.rows.forEach((row: any, i: number) => {
    row.cells.forEach((cell: any, j: number) => {
      const other = raw.rows[i].cells[j];
      const where = `row ${i} ${cell.metric}`;
      for (const field of ['metric', 'value', 'n', 'lowSample', 'previousValue', 'previousN', 'delta', 'significant']) {
        if (other[field] !== cell[field]) found.push(`${where} ${field}: ${cell[field]} / ${other[field]}`);
      }
      for (const field of ['ciLow', 'ciHigh', 'standardError', 'pValue']) {
        const same = cell[field] === null ? other[field] === null : other[field] !== null && Math.abs(other[field] - cell[field]) <= 1e-9;
        if (!same) found.push(`${where} ${field}: ${cell[field]} / ${other[field]}`);
      }
    });
  });
  return found;
}

describe('rollup answers equal raw-row answers (property)', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let orgs = 0;

  /** A fresh organisation per run: its rollups hold exactly that run's facts. */
  async function newOrg(): Promise<RandomOrg & { slug: string }> {
    const slug = `prop-${++orgs}`;
    const org = await seedOrg(db.client, slug, SITES);
    const second = await db.client.query(`INSERT INTO program (org_id, code, name) VALUES ($1, 'SECOND', 'Second program') RETURNING id`, [org.orgId]);
    return { ...org, slug, programIds: [org.programId, second.rows[0].id] };
  }

  async function bothSources(slug: string, variables: Record<string, unknown>): Promise<{ rollup: any; raw: any }> {
    const res = await server.gql(BOTH_SOURCES, { measures: [...METRIC_IDS], ...variables }, { 'x-cxlens-org': slug });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer({ DATABASE_URL: db.url, NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('for random facts and random queries', async () => {
    await fc.assert(
      fc.asyncProperty(randomFacts(), randomQuery, async (facts, q) => {
        const org = await newOrg();
        await insertRandomFacts(db.client, org, facts);
        const filter = { from: dayOf(q.start), to: dayOf(q.start + q.length - 1), channels: q.channels, countries: q.countries };
        const { rollup, raw } = await bothSources(org.slug, { filter, groupBy: q.groupBy, granularity: q.granularity, compareTo: q.compareTo });
        expect(differences(rollup, raw)).toEqual([]);
      }),
      // a failure is shrunk against the database: cap the time that may take
      { numRuns: 40, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: true },
    );
  });

  it('for one random dataset, over every grouping and granularity the rollups serve', async () => {
    const [facts] = fc.sample(randomFacts(20), { numRuns: 1, seed: 4 });
    const org = await newOrg();
    await insertRandomFacts(db.client, org, facts);
    const groupings = [[], ...ROLLUP_DIMENSIONS.map((d) => [d]), ['SITE', 'CHANNEL'], ['REGION', 'PROGRAM']];
    const filter = { from: dayOf(0), to: dayOf(SPAN_DAYS - 1) };
    for (const groupBy of groupings) {
      for (const granularity of CALENDAR_GRANULARITIES) {
        const { rollup, raw } = await bothSources(org.slug, { filter, groupBy, granularity });
        expect(rollup.rows.length).toBeGreaterThan(0);
        expect(differences(rollup, raw)).toEqual([]);
      }
    }
  });

  it("gives the summary's tiles the metrics' totals of both periods (its totals come from the sparkline's statement)", async () => {
    const SUMMARY_AND_TOTALS = `query($filter: MetricFilter!, $measures: [MetricId!]!) {
      summary(filter: $filter, measures: $measures, compareTo: PREVIOUS_PERIOD) { sparklineGranularity tiles { metric value n previousValue previousN delta pValue sparkline { n } } }
      metrics(filter: $filter, measures: $measures, compareTo: PREVIOUS_PERIOD, adjustPValues: false) { rows { cells { metric value n previousValue previousN delta pValue } } }
    }`;
    await fc.assert(
      fc.asyncProperty(randomFacts(), randomQuery, async (facts, q) => {
        const org = await newOrg();
        await insertRandomFacts(db.client, org, facts);
        const filter = { from: dayOf(q.start), to: dayOf(q.start + q.length - 1), channels: q.channels, countries: q.countries };
        const res = await server.gql(SUMMARY_AND_TOTALS, { filter, measures: [...METRIC_IDS] }, { 'x-cxlens-org': org.slug });
        if (res.errors) throw new Error(JSON.stringify(res.errors));
        const { summary, metrics } = res.data;
        const [totals] = metrics.rows;
        expect(summary.tiles.map(({ sparkline, ...tile }: any) => tile)).toEqual(totals.cells);
        for (const tile of summary.tiles) {
          const sparklineN = tile.sparkline.reduce((sum: number, point: { n: number }) => sum + point.n, 0);
          expect(sparklineN).toBe(tile.n);
        }
      }),
      { numRuns: 15, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true },
    );
  });
});
