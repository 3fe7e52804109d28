import { seedOrg, SeededOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { queryMetrics } from './metrics-api';
import { insertSurveys, refreshRollups } from './metrics-fixtures';

// Intervals and tests through the API, against values worked out by hand or taken from the literature.

describe('metrics: intervals and comparisons', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: SeededOrg;

  /** `count` responses at noon UTC, spread over the 7 days from `firstDay`; `top` of them rate 5, the rest 2. */
  async function csatWeek(site: string, firstDay: string, count: number, top: number): Promise<void> {
    await db.client.query(
      `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, external_id)
       SELECT $1, $2, 'VOICE', $3, ($4::date + (g % 7))::timestamp AT TIME ZONE 'UTC' + interval '12 hours',
              CASE WHEN g < $5 THEN 5 ELSE 2 END, $6 || g
       FROM generate_series(0, $7 - 1) g`,
      [org.orgId, org.siteIds[site], org.programId, firstDay, top, `${site}-${firstDay}-`, count],
    );
  }

  /** `n` answers of "was it resolved?" on 1 May 2026, `yes` of them yes. */
  async function resolvedAnswers(site: string, n: number, yes: number): Promise<void> {
    await db.client.query(
      `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, resolved, external_id)
       SELECT $1, $2, 'EMAIL', $3, timestamptz '2026-05-01 12:00:00+00', g < $4, $5 || g FROM generate_series(0, $6 - 1) g`,
      [org.orgId, org.siteIds[site], org.programId, yes, `${site}-resolved-`, n],
    );
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const site = (code: string) => ({ code, name: `Site ${code}`, city: 'Lisbon', country: 'PT', timeZone: 'UTC' });
    org = await seedOrg(db.client, 'stats', ['A', 'B', 'W1', 'W2', 'W3', 'W4'].map(site));
    await csatWeek('A', '2026-04-08', 60, 45); // this week: 45 of 60 satisfied
    await csatWeek('A', '2026-04-01', 60, 30); // the week before: 30 of 60
    await csatWeek('B', '2026-04-08', 60, 40);
    await csatWeek('B', '2026-04-01', 60, 36);
    await insertSurveys(db.client, org, [5, 5, 1].map((csat) => ({ site: 'A', at: '2025-04-10T12:00:00Z', csat })));
    // Newcombe (1998), Stat. Med. 17:857, table I, method 3 (Wilson score): 81/263, 15/148, 0/20, 1/29
    await resolvedAnswers('W1', 263, 81);
    await resolvedAnswers('W2', 148, 15);
    await resolvedAnswers('W3', 20, 0);
    await resolvedAnswers('W4', 29, 1);
    await refreshRollups(db.client, org);
    server = await startServer({ DATABASE_URL: db.url, NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const thisWeek = { from: '2026-04-08', to: '2026-04-14' };

  it('compares with the previous period by a two-proportion z test', async () => {
    const result = await queryMetrics(server, 'stats', { filter: { ...thisWeek, siteIds: [org.siteIds.A] }, measures: ['CSAT'], compareTo: 'PREVIOUS_PERIOD' });
    expect(result.previousPeriod).toEqual({ from: '2026-04-01', to: '2026-04-07', days: 7 });
    expect(result.pValueAdjustment).toBe('NONE');
    const [cell] = result.rows[0].cells;
    // 75% vs 50%: pooled p = 75/120 = 0.625, SE = sqrt(0.625 · 0.375 · (1/60 + 1/60)) = 0.0883883,
    // z = 0.25 / 0.0883883 = 2√2 = 2.8284271, two-sided p = 2 Φ(-2.8284271) = 0.0046777
    expect(cell).toMatchObject({ value: 75, n: 60, previousValue: 50, previousN: 60, delta: 25, significant: true });
    expect(cell.pValue).toBeCloseTo(0.004677735, 8);
  });

  it('matches each day with the same day of the previous period', async () => {
    const result = await queryMetrics(server, 'stats', {
      filter: { ...thisWeek, siteIds: [org.siteIds.A] },
      measures: ['CSAT'],
      granularity: 'DAY',
      compareTo: 'PREVIOUS_PERIOD',
    });
    // g = 0..59 lands on day g % 7: days 0-3 get 9 responses, days 4-6 get 8; g < 45 (or < 30) rate 5
    const firstDay = result.rows[0];
    expect(firstDay.bucket.start).toBe('2026-04-08');
    expect(firstDay.cells[0]).toMatchObject({ n: 9, previousN: 9 });
    // g ≡ 0 (mod 7) below 45: 0,7,…,42 = 7 of 9; below 30: 0,7,…,28 = 5 of 9
    expect(firstDay.cells[0].value).toBeCloseTo((100 * 7) / 9, 10);
    expect(firstDay.cells[0].previousValue).toBeCloseTo((100 * 5) / 9, 10);
  });

  it('compares with the same dates a year earlier', async () => {
    const result = await queryMetrics(server, 'stats', { filter: { ...thisWeek, siteIds: [org.siteIds.A] }, measures: ['CSAT'], compareTo: 'SAME_PERIOD_LAST_YEAR' });
    expect(result.previousPeriod).toEqual({ from: '2025-04-08', to: '2025-04-14', days: 7 });
    expect(result.rows[0].cells[0]).toMatchObject({ previousValue: (100 * 2) / 3, previousN: 3 });
  });

  it('adjusts p-values across the rows with Benjamini–Hochberg when asked, and says so', async () => {
    const variables = { filter: { ...thisWeek, siteIds: [org.siteIds.A, org.siteIds.B] }, measures: ['CSAT'], groupBy: ['SITE'], compareTo: 'PREVIOUS_PERIOD' };
    const result = await queryMetrics(server, 'stats', { ...variables, adjustPValues: true });
    expect(result.pValueAdjustment).toBe('BENJAMINI_HOCHBERG');
    const [a, b] = result.rows.map((row: any) => row.cells[0]);
    // two tests: the smaller p is doubled (m / rank = 2), the larger stays (2 / 2)
    expect(a.adjustedPValue).toBeCloseTo(2 * a.pValue, 12);
    expect(b.adjustedPValue).toBeCloseTo(b.pValue, 12);
    expect([a.significant, b.significant]).toEqual([true, false]);
  });

  it('gives the Wilson intervals of Newcombe (1998), table I', async () => {
    const result = await queryMetrics(server, 'stats', {
      filter: { from: '2026-05-01', to: '2026-05-01' },
      measures: ['RESOLVED'],
      groupBy: ['SITE'],
    });
    const bounds = result.rows.map((row: any) => [row.cells[0].ciLow / 100, row.cells[0].ciHigh / 100]);
    const reference = [
      [0.2553, 0.3662], // 81/263
      [0.0624, 0.1605], // 15/148
      [0.0, 0.1611], // 0/20
      [0.0061, 0.1718], // 1/29
    ];
    bounds.forEach(([low, high]: number[], i: number) => {
      expect(low).toBeCloseTo(reference[i][0], 4);
      expect(high).toBeCloseTo(reference[i][1], 4);
    });
  });
});
