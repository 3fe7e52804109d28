import { seedOrg, SeededOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { queryMetrics } from './metrics-api';
import { insertKpis, insertSurveys, refreshRollups } from './metrics-fixtures';

// Buckets are the site's local days, hours and ISO weeks: never UTC. Los Angeles is UTC-8
// (UTC-7 from 8 March 2026), Manila UTC+8, New York springs forward on 8 March 2026 at 02:00.

describe('metrics: site-local days, hours and weeks', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: SeededOrg;

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedOrg(db.client, 'zones', [
      { code: 'LAX', name: 'Los Angeles', city: 'Los Angeles', country: 'US', timeZone: 'America/Los_Angeles' },
      { code: 'MNL', name: 'Manila', city: 'Manila', country: 'PH', timeZone: 'Asia/Manila' },
      { code: 'NYC', name: 'New York', city: 'New York', country: 'US', timeZone: 'America/New_York' },
    ]);
    await insertSurveys(db.client, org, [
      { site: 'LAX', at: '2026-02-10T20:00:00Z', csat: 5 }, // LA 10 Feb 12:00
      { site: 'LAX', at: '2026-02-11T07:59:00Z', csat: 1 }, // LA 10 Feb 23:59 (UTC says the 11th)
      { site: 'MNL', at: '2026-02-10T20:00:00Z', csat: 5 }, // Manila 11 Feb 04:00 (UTC says the 10th)
      { site: 'MNL', at: '2026-02-10T15:59:00Z', csat: 4 }, // Manila 10 Feb 23:59
      { site: 'MNL', at: '2026-02-10T16:00:00Z', csat: 2 }, // Manila 11 Feb 00:00
      { site: 'MNL', at: '2026-03-01T16:30:00Z', csat: 5 }, // Manila Monday 2 March 00:30 (UTC: Sunday)
      { site: 'LAX', at: '2026-03-02T07:30:00Z', csat: 3 }, // LA Sunday 1 March 23:30 (UTC: Monday)
    ]);
    await insertKpis(db.client, org, [
      { site: 'NYC', at: '2026-03-08T04:30:00Z', offered: 1000 }, // 7 March 23:30 EST
      { site: 'NYC', at: '2026-03-08T05:00:00Z', minutes: 60, offered: 10 }, // 00:00 EST
      { site: 'NYC', at: '2026-03-08T06:00:00Z', offered: 20 }, // 01:00 EST
      { site: 'NYC', at: '2026-03-08T06:30:00Z', offered: 5 }, // 01:30 EST
      { site: 'NYC', at: '2026-03-08T07:00:00Z', offered: 30 }, // 03:00 EDT: 02:00 never happens
      { site: 'NYC', at: '2026-03-08T08:00:00Z', offered: 40 }, // 04:00 EDT
      { site: 'NYC', at: '2026-03-09T03:30:00Z', offered: 7 }, // 23:30 EDT, still 8 March
      { site: 'NYC', at: '2026-03-09T04:00:00Z', offered: 100 }, // 9 March 00:00 EDT
      { site: 'NYC', at: '2026-11-01T05:00:00Z', offered: 3 }, // 01:00 EDT on 1 November...
      { site: 'NYC', at: '2026-11-01T06:00:00Z', offered: 4 }, // ...and 01:00 EST an hour later: the same wall-clock hour
    ]);
    await refreshRollups(db.client, org);
    server = await startServer({ DATABASE_URL: db.url, NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  /** [site code, bucket start, value] per row, for compact expectations. */
  const table = (result: any) => {
    const code = Object.fromEntries(Object.entries(org.siteIds).map(([c, id]) => [id, c]));
    return result.rows.map((row: any) => [...row.dimensions.map((d: any) => code[d.id] ?? d.id), row.bucket?.start ?? null, row.cells[0].value]);
  };

  it.each(['AUTO', 'RAW'])('puts a response on the local day of its site, not the UTC day (source %s)', async (source) => {
    const result = await queryMetrics(server, 'zones', {
      filter: { from: '2026-02-10', to: '2026-02-11' },
      measures: ['RESPONSES'],
      groupBy: ['SITE'],
      granularity: 'DAY',
      source,
      fillEmptyBuckets: true,
    });
    expect(result.source).toBe(source === 'AUTO' ? 'ROLLUP' : 'RAW');
    expect(table(result)).toEqual([
      ['LAX', '2026-02-10', 2],
      ['MNL', '2026-02-10', 1],
      ['LAX', '2026-02-11', 0],
      ['MNL', '2026-02-11', 2],
    ]);
    // Without fillEmptyBuckets a grouped result holds the rows with data only.
    const sparse = await queryMetrics(server, 'zones', { filter: { from: '2026-02-10', to: '2026-02-11' }, measures: ['RESPONSES'], groupBy: ['SITE'], granularity: 'DAY', source });
    expect(table(sparse)).toEqual([
      ['LAX', '2026-02-10', 2],
      ['MNL', '2026-02-10', 1],
      ['MNL', '2026-02-11', 2],
    ]);
  });

  it("buckets hours on the site's clock", async () => {
    const result = await queryMetrics(server, 'zones', {
      filter: { from: '2026-02-11', to: '2026-02-11', siteIds: [org.siteIds.MNL] },
      measures: ['RESPONSES', 'CSAT'],
      granularity: 'HOUR',
    });
    expect(result.source).toBe('RAW');
    expect(result.sourceReason).toMatch(/HOUR buckets need raw rows/);
    expect(result.rows.map((r: any) => [r.bucket.start, r.bucket.label, r.cells[0].value, r.cells[1].value])).toEqual([
      ['2026-02-11T00:00', '2026-02-11 00:00', 1, 0],
      ['2026-02-11T04:00', '2026-02-11 04:00', 1, 100],
    ]);
  });

  it('has no 02:00 on the spring-forward day in New York, and a 23-hour local day', async () => {
    const hours = await queryMetrics(server, 'zones', { filter: { from: '2026-03-08', to: '2026-03-08' }, measures: ['OFFERED'], granularity: 'HOUR' });
    expect(table(hours)).toEqual([
      ['2026-03-08T00:00', 10],
      ['2026-03-08T01:00', 25],
      ['2026-03-08T03:00', 30],
      ['2026-03-08T04:00', 40],
      ['2026-03-08T23:00', 7],
    ]);
    const day = await queryMetrics(server, 'zones', { filter: { from: '2026-03-08', to: '2026-03-08' }, measures: ['OFFERED'], granularity: 'DAY' });
    expect(table(day)).toEqual([['2026-03-08', 112]]); // 10 + 25 + 30 + 40 + 7: not the 23:30 EST of the 7th, not midnight of the 9th
  });

  it('puts both 01:00 hours of the fall-back day into the one local 01:00 bucket', async () => {
    const hours = await queryMetrics(server, 'zones', { filter: { from: '2026-11-01', to: '2026-11-01' }, measures: ['OFFERED'], granularity: 'HOUR' });
    expect(table(hours)).toEqual([['2026-11-01T01:00', 7]]);
  });

  it.each(['AUTO', 'RAW'])('starts ISO weeks on the local Monday (source %s)', async (source) => {
    const result = await queryMetrics(server, 'zones', {
      filter: { from: '2026-02-23', to: '2026-03-08' },
      measures: ['RESPONSES'],
      groupBy: ['SITE'],
      granularity: 'WEEK',
      source,
      fillEmptyBuckets: true,
    });
    expect(table(result)).toEqual([
      ['LAX', '2026-02-23', 1], // Sunday 1 March 23:30 in LA belongs to the week of Monday 23 February
      ['MNL', '2026-02-23', 0],
      ['LAX', '2026-03-02', 0],
      ['MNL', '2026-03-02', 1], // Monday 2 March 00:30 in Manila starts week 10
    ]);
    expect(result.rows.map((r: any) => r.bucket.label)).toEqual(['2026-W09', '2026-W09', '2026-W10', '2026-W10']);
  });

  it('groups local months and quarters', async () => {
    const months = await queryMetrics(server, 'zones', {
      filter: { from: '2026-02-01', to: '2026-03-31' },
      measures: ['RESPONSES'],
      groupBy: ['COUNTRY'],
      granularity: 'MONTH',
    });
    expect(months.rows.map((r: any) => [r.dimensions[0].id, r.dimensions[0].label, r.bucket.label, r.cells[0].value])).toEqual([
      ['PH', 'Philippines', '2026-02', 3],
      ['US', 'United States', '2026-02', 2],
      ['PH', 'Philippines', '2026-03', 1],
      ['US', 'United States', '2026-03', 1],
    ]);
    const quarter = await queryMetrics(server, 'zones', { filter: { from: '2026-01-01', to: '2026-03-31' }, measures: ['RESPONSES'], granularity: 'QUARTER' });
    expect(quarter.rows.map((r: any) => [r.bucket.start, r.bucket.label, r.cells[0].value])).toEqual([['2026-01-01', '2026-Q1', 7]]);
  });

  it('narrows to a partial day with fromTime/toTime, reading raw rows', async () => {
    const result = await queryMetrics(server, 'zones', {
      filter: { from: '2026-03-08', to: '2026-03-08', fromTime: '2026-03-08T06:00:00Z', toTime: '2026-03-08T08:00:00Z' },
      measures: ['OFFERED'],
    });
    expect(result.source).toBe('RAW');
    expect(result.rows[0].cells[0].value).toBe(55); // 20 + 5 + 30: 01:00 EST to 04:00 EDT, exclusive
  });
});
