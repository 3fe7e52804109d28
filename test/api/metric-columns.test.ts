import { metricColumnsToRows } from '../../shared/src/analytics/metric-columns';
import { refreshRollups } from '../metrics/metrics-fixtures';
import { seedOrg, SeededOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const CELL = 'metric value n ciLow ciHigh standardError lowSample previousValue previousN delta pValue adjustedPValue significant';
const QUERY = `query($compareTo: ComparePeriod) {
  metrics(filter: { from: "2026-06-01", to: "2026-06-21" }, measures: [CSAT, NPS, RESPONSES], groupBy: [SITE, CHANNEL], granularity: WEEK, compareTo: $compareTo) {
    rows { dimensions { dimension id label } bucket { start label } cells { ${CELL} } }
    columns { rowCount dimensions { dimension values { dimension id label } index } buckets { start label } bucketIndex cells { ${CELL} } }
  } }`;

/** `metrics.columns` carries exactly the numbers of `metrics.rows`, each dimension value and bucket once. */
describe('metrics by column', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: SeededOrg;

  beforeAll(async () => {
    db = await createTestDatabase();
    const site = (code: string, timeZone: string) => ({ code, name: `${code} center`, city: code, country: 'PH', timeZone });
    org = await seedOrg(db.client, 'columns', [site('MNL', 'Asia/Manila'), site('LIS', 'Europe/Lisbon')]);
    // Three weeks of June plus the comparison period before it; a few cells stay empty (no NPS on chat at LIS).
    await db.client.query(
      `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, nps, external_id)
       SELECT $1, CASE WHEN g % 2 = 0 THEN $2::bigint ELSE $3::bigint END, CASE WHEN g % 3 = 0 THEN 'CHAT' ELSE 'VOICE' END::channel, $4,
              timestamptz '2026-05-11 10:00+00' + (g % 41) * interval '1 day', 1 + g % 5,
              CASE WHEN g % 2 = 1 AND g % 3 = 0 THEN NULL ELSE g % 11 END, 'c-' || g
       FROM generate_series(1, 900) g`,
      [org.orgId, org.siteIds.MNL, org.siteIds.LIS, org.programId],
    );
    await refreshRollups(db.client, org);
    server = await startServer({ DATABASE_URL: db.url });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it.each([null, 'PREVIOUS_PERIOD'])('rebuilds the rows exactly (compareTo %s)', async (compareTo) => {
    const res = await server.gql(QUERY, { compareTo });
    expect(res.errors).toBeUndefined();
    const { rows, columns } = res.data.metrics;
    expect(rows.length).toBeGreaterThan(6);
    expect(columns.rowCount).toBe(rows.length);
    expect(metricColumnsToRows(columns)).toEqual(rows);
    expect(columns.dimensions.map((d: { values: unknown[] }) => d.values.length)).toEqual([2, 2]);
    expect(columns.buckets.map((b: { label: string }) => b.label)).toEqual(['2026-W23', '2026-W24', '2026-W25']);
    const csat = columns.cells[0];
    if (compareTo) expect(csat.pValue.some((p: number | null) => p !== null)).toBe(true);
    else expect(csat.pValue).toBeNull();
  });

  it('counts every response of the period once, on site-local days, with its CSAT share per cell', async () => {
    const res = await server.gql(QUERY, { compareTo: null });
    const { columns } = res.data.metrics;
    const { rows: [expected] } = await db.client.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE csat >= 4)::int AS top2
       FROM survey_response r JOIN site s ON s.org_id = r.org_id AND s.id = r.site_id
       WHERE r.org_id = $1 AND (r.responded_at AT TIME ZONE s.time_zone)::date BETWEEN '2026-06-01' AND '2026-06-21'`,
      [org.orgId],
    );
    const csat = columns.cells[0];
    const n = csat.n.reduce((a: number, b: number) => a + b, 0);
    const top2 = csat.value.reduce((sum: number, v: number | null, i: number) => sum + (v === null ? 0 : (v / 100) * csat.n[i]), 0);
    expect(n).toBe(expected.n);
    expect(top2).toBeCloseTo(expected.top2, 9);
    expect(columns.cells[2].value.reduce((a: number, b: number) => a + b, 0)).toBe(expected.n);
  });

  it('runs the statements a request asks for together one after the other on its connection', async () => {
    // The summary asks for the slices of several facts, of both periods and of the sparklines at once.
    const res = await server.gql(`{ summary(filter: { from: "2026-06-01", to: "2026-06-21" }, compareTo: PREVIOUS_PERIOD) { tiles { metric n previousN } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.summary.tiles.length).toBeGreaterThan(2);
    // node-postgres warns when a query is sent while another runs on the same client (pg 9 refuses it).
    expect(server.output()).not.toContain('DeprecationWarning');
  });
});
