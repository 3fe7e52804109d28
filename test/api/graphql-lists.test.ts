import { seedOrg, SeededOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const SITES = [
  { code: 'LIS', name: 'Lisbon Center', city: 'Lisbon', country: 'PT', timeZone: 'Europe/Lisbon', region: 'EMEA' },
  { code: 'MNL', name: 'Manila Center', city: 'Manila', country: 'PH', timeZone: 'Asia/Manila', region: 'APAC' },
];

describe('GraphQL reference data and lists', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let acme: SeededOrg;
  let other: SeededOrg;

  beforeAll(async () => {
    db = await createTestDatabase();
    acme = await seedOrg(db.client, 'acme', SITES);
    other = await seedOrg(db.client, 'other', [{ code: 'NYC', name: 'New York', city: 'New York', country: 'US', timeZone: 'America/New_York' }]);
    // 120 responses, many sharing a timestamp, so the tie-break by id is what keeps pages stable.
    await db.client.query(
      `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, nps, comment, external_id)
       SELECT $1, CASE WHEN g % 2 = 0 THEN $2::bigint ELSE $3::bigint END,
              (ARRAY['VOICE','CHAT','EMAIL'])[1 + g % 3]::channel, $4,
              timestamptz '2026-03-01 12:00:00+00' + (g / 10) * interval '1 hour',
              1 + g % 5, g % 11, CASE WHEN g % 4 = 0 THEN 'Agent was 100% helpful #' || g END, 'r-' || g
       FROM generate_series(1, 120) g`,
      [acme.orgId, acme.siteIds.LIS, acme.siteIds.MNL, acme.programId],
    );
    await db.client.query(
      `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, external_id)
       VALUES ($1, $2, 'VOICE', $3, '2026-03-02T00:00:00Z', 1, 'other-1')`,
      [other.orgId, other.siteIds.NYC, other.programId],
    );
    await db.client.query(
      `INSERT INTO process_evaluation (org_id, kind, site_id, channel, program_id, evaluated_at, score_pct, critical_failed, items, external_id)
       VALUES ($1, 'MYSTERY_SHOP', $2, 'VOICE', $3, '2026-03-01T10:00:00Z', 87.5, false,
               '[{"section":"Greeting","item":"Used name","weight":1,"points":1,"max":1,"critical":false}]', 'ms-1'),
              ($1, 'QA', $2, 'CHAT', $3, '2026-03-02T10:00:00Z', 40, true, '[]', 'qa-1')`,
      [acme.orgId, acme.siteIds.LIS, acme.programId],
    );
    await db.client.query(
      `INSERT INTO kpi_interval (org_id, site_id, channel, program_id, interval_start, interval_minutes, offered, answered, abandoned, wait_answered_s, talk_s)
       SELECT $1, $2, 'VOICE', $3, timestamptz '2026-03-01 08:00:00+00' + g * interval '30 minutes', 30, 20, 18, 2, 360, 5400
       FROM generate_series(0, 9) g`,
      [acme.orgId, acme.siteIds.MNL, acme.programId],
    );
    server = await startServer({ DATABASE_URL: db.url });
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('answers /healthz with 200 when the database is reachable', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('returns the sites that were inserted, for the requested organisation only', async () => {
    const res = await server.gql(`{ organization { slug } sites { code name city country region timeZone active } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.organization.slug).toBe('acme');
    expect(res.data.sites).toEqual([
      { code: 'LIS', name: 'Lisbon Center', city: 'Lisbon', country: 'PT', region: 'EMEA', timeZone: 'Europe/Lisbon', active: true },
      { code: 'MNL', name: 'Manila Center', city: 'Manila', country: 'PH', region: 'APAC', timeZone: 'Asia/Manila', active: true },
    ]);
    const otherSites = await server.gql(`{ sites { code } }`, {}, { 'x-cxlens-org': 'other' });
    expect(otherSites.data.sites).toEqual([{ code: 'NYC' }]);
  });

  it('lists programs and channels', async () => {
    const res = await server.gql(`{ programs { code name } channels { id label } }`);
    expect(res.data.programs).toEqual([{ code: 'MAIN', name: 'Main program' }]);
    expect(res.data.channels.map((c: { id: string }) => c.id)).toEqual(['VOICE', 'EMAIL', 'CHAT', 'SOCIAL', 'SMS', 'VIDEO', 'APP', 'SELF_SERVICE']);
  });

  it('pages through responses without gaps or repeats, in a stable order', async () => {
    const query = `query($after: String) { responses(first: 7, after: $after) { edges { cursor node { id externalId respondedAt } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 30; page++) {
      const res: any = await server.gql(query, { after });
      expect(res.errors).toBeUndefined();
      const conn = res.data.responses;
      seen.push(...conn.edges.map((e: any) => e.node.externalId));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen).not.toContain('other-1');
    // Same walk again gives the same order.
    const again = await server.gql(query, { after: null });
    expect(again.data.responses.edges.map((e: any) => e.node.externalId)).toEqual(seen.slice(0, 7));
    // Newest first: r-120..r-110 share hour 12, ordered by id descending.
    expect(seen.slice(0, 3)).toEqual(['r-120', 'r-119', 'r-118']);
  });

  it('filters responses by site, channel, time and comment text', async () => {
    const res = await server.gql(
      `query($f: ResponseFilter) { responses(first: 500, filter: $f) { edges { node { externalId siteId channel comment } } } }`,
      {
        f: {
          siteIds: [acme.siteIds.LIS],
          channels: ['VOICE'],
          from: '2026-03-01T12:00:00Z',
          to: '2026-03-01T15:00:00Z',
          search: '100%',
        },
      },
    );
    expect(res.errors).toBeUndefined();
    // g even (LIS), g % 3 == 0 (VOICE), g % 4 == 0 (comment), g/10 in 0..2 → g in 1..29: g = 12, 24
    expect(res.data.responses.edges.map((e: any) => e.node.externalId).sort()).toEqual(['r-12', 'r-24']);
  });

  it('lists evaluations with their checklist items and KPI intervals', async () => {
    const evals = await server.gql(`{ evaluations(filter: { kind: MYSTERY_SHOP }) { edges { node { kind scorePct criticalFailed items { section item points max critical } } } } }`);
    expect(evals.data.evaluations.edges).toEqual([
      { node: { kind: 'MYSTERY_SHOP', scorePct: 87.5, criticalFailed: false, items: [{ section: 'Greeting', item: 'Used name', points: 1, max: 1, critical: false }] } },
    ]);
    const kpis = await server.gql(`{ kpiIntervals(first: 3) { edges { node { intervalStart offered answered waitAnsweredS talkS } } pageInfo { hasNextPage } } }`);
    expect(kpis.data.kpiIntervals.edges[0].node).toEqual({ intervalStart: '2026-03-01T12:30:00.000Z', offered: 20, answered: 18, waitAnsweredS: 360, talkS: 5400 });
    expect(kpis.data.kpiIntervals.pageInfo.hasNextPage).toBe(true);
  });

  it('rejects bad arguments with a clear message and never a 500', async () => {
    const tooBig = await server.gql(`{ responses(first: 100000) { edges { cursor } } }`);
    expect(tooBig.errors?.[0].message).toMatch(/"first" must be an integer from 1 to 500/);
    const badCursor = await server.gql(`{ responses(after: "not-a-cursor") { edges { cursor } } }`);
    expect(badCursor.errors?.[0].message).toMatch(/not a cursor returned by this API/);
    const unknownOrg = await server.gql(`{ sites { code } }`, {}, {});
    expect(unknownOrg.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(JSON.stringify([tooBig, badCursor, unknownOrg])).not.toMatch(/stacktrace|at .*\.js/);
  });
});
