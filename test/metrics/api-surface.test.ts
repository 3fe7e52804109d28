import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { getIntrospectionQuery } from 'graphql';
import { seedOrg, SeededOrg } from '../support/seed';
import { REPO_ROOT, RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { metricsErrors, queryMetrics } from './metrics-api';
import { insertKpis, insertSurveys, refreshRollups } from './metrics-fixtures';

// The rest of the analytics API: summary tiles, the registry, settings, raw-only dimensions,
// nested fields through DataLoader, query limits, and the checked-in schema.

describe('analytics API surface', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: SeededOrg;
  const headers = { 'x-cxlens-org': 'surface' };
  const gql = (query: string, variables?: Record<string, unknown>) => server.gql(query, variables, headers);

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedOrg(db.client, 'surface', [
      { code: 'UTC1', name: 'Greenwich', city: 'London', country: 'GB', timeZone: 'UTC', region: 'EMEA' },
      { code: 'MNL', name: 'Manila', city: 'Manila', country: 'PH', timeZone: 'Asia/Manila' },
    ]);
    await insertSurveys(db.client, org, [
      { site: 'UTC1', at: '2026-03-02T10:00:00Z', csat: 5, team: 'Tigers', topic: 'Billing' },
      { site: 'UTC1', at: '2026-03-02T11:00:00Z', csat: 5, team: 'Tigers', topic: 'Outage' },
      { site: 'UTC1', at: '2026-03-02T12:00:00Z', csat: 1, team: 'Lions', topic: 'Billing' },
      { site: 'UTC1', at: '2026-03-04T12:00:00Z', csat: 4, topic: 'Billing' },
      { site: 'UTC1', at: '2026-02-24T12:00:00Z', csat: 2 }, // the week before
      { site: 'UTC1', at: '2026-02-26T12:00:00Z', csat: 5 },
      { site: 'MNL', at: '2026-01-07T02:00:00Z', csat: 5 },
    ]);
    await insertKpis(db.client, org, [{ site: 'MNL', at: '2026-03-03T02:00:00Z', offered: 10, answered: 9, abandoned: 1, withinSl: 9, wait: 90 }]);
    await refreshRollups(db.client, org);
    server = await startServer({ DATABASE_URL: db.url, NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  describe('summary', () => {
    const SUMMARY = `query($filter: MetricFilter!, $measures: [MetricId!]) {
      summary(filter: $filter, measures: $measures) {
        compareTo sparklineGranularity period { from to days } previousPeriod { from to }
        tiles { metric variant value n ciLow ciHigh lowSample previousValue previousN delta pValue significant sparkline { start label value n } }
      } }`;

    it('gives the default tiles with their change against the previous period and a daily sparkline', async () => {
      const res = await gql(SUMMARY, { filter: { from: '2026-03-02', to: '2026-03-08', siteIds: [org.siteIds.UTC1] } });
      expect(res.errors).toBeUndefined();
      const summary = res.data.summary;
      expect(summary).toMatchObject({ compareTo: 'PREVIOUS_PERIOD', sparklineGranularity: 'DAY', previousPeriod: { from: '2026-02-23', to: '2026-03-01' } });
      expect(summary.tiles.map((t: any) => t.metric)).toEqual(['CSAT', 'DSAT', 'NPS', 'CES', 'RESOLVED', 'SERVICE_LEVEL', 'ASA', 'AHT', 'ABANDON_RATE', 'FCR']);
      const csat = summary.tiles[0];
      // 3 of 4 rated 4-5 this week, 1 of 2 the week before
      expect(csat).toMatchObject({ value: 75, n: 4, previousValue: 50, previousN: 2, delta: 25, lowSample: true, significant: false });
      expect(csat.variant).toBe('Headline CSAT = % of ratings 4–5 on the 1–5 scale (top-2 box).');
      expect(csat.sparkline.map((p: any) => [p.start, p.value, p.n])).toEqual([
        ['2026-03-02', (100 * 2) / 3, 3],
        ['2026-03-03', null, 0],
        ['2026-03-04', 100, 1],
        ['2026-03-05', null, 0],
        ['2026-03-06', null, 0],
        ['2026-03-07', null, 0],
        ['2026-03-08', null, 0],
      ]);
    });

    it('draws weekly sparklines beyond 45 days', async () => {
      const res = await gql(SUMMARY, { filter: { from: '2026-01-05', to: '2026-03-08' }, measures: ['RESPONSES'] });
      const [tile] = res.data.summary.tiles;
      expect(res.data.summary.sparklineGranularity).toBe('WEEK');
      expect(tile.sparkline).toHaveLength(9); // ISO weeks 2 to 10
      expect(tile.sparkline[0]).toEqual({ start: '2026-01-05', label: '2026-W02', value: 1, n: 1 }); // Manila, 7 January 10:00
      expect(tile.value).toBe(7);
    });
  });

  it('describes every metric as computed for the organisation', async () => {
    const res = await gql(`{ metricDefinitions { id label labelZh unit scale { min max } decimals higherIsBetter fact formula ciMethod testMethod variant } }`);
    expect(res.data.metricDefinitions).toHaveLength(27);
    const nps = res.data.metricDefinitions.find((d: any) => d.id === 'NPS');
    expect(nps).toEqual({
      id: 'NPS',
      label: 'NPS',
      labelZh: '净推荐值（NPS）',
      unit: 'NPS',
      scale: { min: -100, max: 100 },
      decimals: 0,
      higherIsBetter: true,
      fact: 'survey',
      formula: '100 × (nps_promoters − nps_detractors) ÷ nps_n',
      ciMethod: 'NPS_SE',
      testMethod: 'NPS_Z',
      variant: 'Percent of promoters (9–10) minus percent of detractors (0–6), from −100 to 100.',
    });
  });

  it('stores settings as validated overrides and says what a change means', async () => {
    const update = `mutation($input: UpdateMetricSettingsInput!) { updateMetricSettings(input: $input) { settings { minSample passMarkPct scoreCapPct } effects } }`;
    const bad = await gql(update, { input: { scoreCapPct: 50 } });
    expect(bad.errors?.[0]).toMatchObject({ message: 'metric setting scoreCapPct must be a number >= 80, got 50', extensions: { code: 'BAD_USER_INPUT', field: 'scoreCapPct' } });
    const good = await gql(update, { input: { minSample: 3, passMarkPct: 75 } });
    expect(good.data.updateMetricSettings.settings).toEqual({ minSample: 3, passMarkPct: 75, scoreCapPct: 100 });
    expect(good.data.updateMetricSettings.effects).toEqual([
      expect.stringMatching(/^minSample applies when metrics are computed/),
      expect.stringMatching(/^Pass or fail is decided when an evaluation is imported/),
    ]);
    const stored = await db.client.query(`SELECT settings -> 'metrics' AS m FROM organization WHERE id = $1`, [org.orgId]);
    expect(stored.rows[0].m).toEqual({ minSample: 3, passMarkPct: 75 });
    const cells = (await queryMetrics(server, 'surface', { filter: { from: '2026-03-02', to: '2026-03-08' }, measures: ['CSAT'] })).rows[0].cells;
    expect(cells[0].lowSample).toBe(false); // n 4 >= 3
    await gql(update, { input: { minSample: 30, passMarkPct: 80 } });
    expect((await gql(`{ metricSettings { minSample serviceLevelAbandons fcrMethod csatMethod } }`)).data.metricSettings).toEqual({
      minSample: 30,
      serviceLevelAbandons: 'AFTER_SHORT',
      fcrMethod: 'AGENT',
      csatMethod: 'TOP2',
    });
  });

  it('groups survey measures by agent team and topic from raw rows, with labels', async () => {
    const result = await queryMetrics(server, 'surface', {
      filter: { from: '2026-03-02', to: '2026-03-08', topics: ['Billing'] },
      measures: ['CSAT', 'RESPONSES'],
      groupBy: ['AGENT_TEAM', 'SITE'],
    });
    expect(result.source).toBe('RAW');
    expect(result.rows.map((r: any) => [r.dimensions.map((d: any) => d.label), r.cells[1].value])).toEqual([
      [['Lions', 'Greenwich'], 1],
      [['Tigers', 'Greenwich'], 1],
      [['No team', 'Greenwich'], 1],
    ]);
    expect(await metricsErrors(server, 'surface', { filter: { from: '2026-03-02', to: '2026-03-08' }, measures: ['ASA'], groupBy: ['AGENT_TEAM'] })).toEqual([
      'AGENT_TEAM is recorded on survey responses only, so it cannot group or filter ASA (kpi)',
    ]);
  });

  it('binds filter values: text that looks like SQL is only a value that matches nothing', async () => {
    const result = await queryMetrics(server, 'surface', {
      filter: { from: '2026-03-02', to: '2026-03-08', regions: ["EMEA' OR '1'='1"], topics: ["x'); DROP TABLE site; --"] },
      measures: ['RESPONSES'],
    });
    expect(result.rows[0].cells[0].value).toBe(0);
    expect((await db.client.query('SELECT count(*)::int AS n FROM site')).rows[0].n).toBe(2);
  });

  it('rejects impossible requests with a clear message', async () => {
    const filter = { from: '2026-03-02', to: '2026-03-08' };
    expect(await metricsErrors(server, 'surface', { filter, measures: ['CSAT'], granularity: 'HOUR', source: 'ROLLUP' })).toEqual([
      'source ROLLUP cannot answer this query: HOUR buckets need raw rows (rollups hold whole site-local days). Use AUTO or RAW.',
    ]);
    expect((await metricsErrors(server, 'surface', { filter: { from: '2026-03-32', to: '2026-04-01' }, measures: ['CSAT'] }))[0]).toMatch(
      /LocalDate must be an ISO calendar date like 2026-03-08, got "2026-03-32"/,
    );
  });

  it('resolves nested sites through a per-request DataLoader', async () => {
    const res = await gql(`{
      responses(first: 10) { edges { node { csat site { code timeZone } } } }
      kpiIntervals(first: 5) { edges { node { offered site { code } } } }
      metrics(filter: { from: "2026-03-02", to: "2026-03-08" }, measures: [CSAT], groupBy: [SITE]) { rows { dimensions { id label site { name city } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(new Set(res.data.responses.edges.map((e: any) => e.node.site.code))).toEqual(new Set(['UTC1', 'MNL']));
    expect(res.data.kpiIntervals.edges[0].node.site).toEqual({ code: 'MNL' });
    expect(res.data.metrics.rows.map((r: any) => r.dimensions[0])).toEqual([{ id: org.siteIds.UTC1, label: 'Greenwich', site: { name: 'Greenwich', city: 'London' } }]);
  });

  describe('query limits', () => {
    it('rejects a query nested 20 levels deep', async () => {
      const deep = `{ __type(name: "Query") { ${'fields { type { '.repeat(9)}name${' } }'.repeat(9)} } }`;
      const res = await gql(deep);
      expect(res.data).toBeUndefined();
      expect(res.errors?.map((e) => e.message)).toContain('Query is too deep: 20 levels, the limit is 12');
    });

    it('rejects a query that would cost too much, before running it', async () => {
      const aliases = Array.from({ length: 25 }, (_, i) => `m${i}: metrics(filter: { from: "2026-03-02", to: "2026-03-08" }, measures: [CSAT]) { source }`);
      const res = await gql(`{ ${aliases.join('\n')} }`);
      expect(res.status).toBe(400);
      expect(res.errors?.[0].message).toBe('Query is too complex: 1275 points, the limit is 1000'); // 25 × (50 + 1)
    });

    it("accepts GraphiQL's full introspection query", async () => {
      const res = await gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true, oneOf: true }));
      expect(res.errors).toBeUndefined();
      expect(res.data.__schema.queryType.name).toBe('Query');
    });
  });

  it('keeps server/schema.gql equal to the schema the code generates', async () => {
    const printer = path.join(REPO_ROOT, 'server/dist/server/src/schema/print-schema.js');
    const { stdout } = await promisify(execFile)(process.execPath, [printer, '--stdout'], { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 });
    const checkedIn = fs.readFileSync(path.join(REPO_ROOT, 'server/schema.gql'), 'utf8');
    expect(stdout === checkedIn ? 'in sync' : 'server/schema.gql is stale: run `npm run schema -w server`').toBe('in sync');
  });
});
