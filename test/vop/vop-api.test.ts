import { refreshDailyRollups } from '../../server/src/rollups/rollup-refresh';
import { seedOrg, SeededOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { asOrg } from '../support/org-access';

const UTC = (code: string) => ({ code, name: `Site ${code}`, city: code, country: 'GB', timeZone: 'Etc/UTC' });
const PERIOD = { from: '2026-03-02', to: '2026-03-29' }; // four ISO weeks, Monday to Sunday

/** `count` responses at a site in week `week` (0-3), the first `top2` of them scoring 5, the rest 2. */
async function responses(db: TestDatabase, org: SeededOrg, site: string, week: number, count: number, top2: number, tag: string) {
  await db.client.query(
    `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, external_id)
     SELECT $1, $2, 'VOICE', $3, timestamptz '2026-03-03 12:00+00' + $4::int * interval '7 days' + g * interval '1 minute',
            CASE WHEN g <= $6::int THEN 5 ELSE 2 END, $7 || '-' || $4::text || '-' || g
     FROM generate_series(1, $5::int) g`,
    [org.orgId, org.siteIds[site], org.programId, week, count, top2, `${tag}-${site}`],
  );
}

async function mysteryShops(db: TestDatabase, org: SeededOrg, site: string, count: number, score: number) {
  await db.client.query(
    `INSERT INTO process_evaluation (org_id, kind, site_id, channel, program_id, evaluated_at, score_pct, passed, external_id)
     SELECT $1, 'MYSTERY_SHOP', $2::bigint, 'VOICE', $3, timestamptz '2026-03-04 10:00+00' + g * interval '1 day', $4::numeric, $4::numeric >= 80, 'ms-' || $2::text || '-' || g
     FROM generate_series(1, $5::int) g`,
    [org.orgId, org.siteIds[site], org.programId, score, count],
  );
}

async function rollups(db: TestDatabase, org: SeededOrg) {
  for (const fact of ['survey', 'evaluation', 'kpi'] as const) await refreshDailyRollups(db.client, fact, org.orgId, 'ALL');
}

describe('VOP vs VOC and drivers API', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let quad: SeededOrg;
  let linear: SeededOrg;
  let drivers: SeededOrg;

  beforeAll(async () => {
    db = await createTestDatabase();
    // 1. Quadrants: S1 best process, worst customers; S5 too few responses to judge.
    quad = await seedOrg(db.client, 'quad', ['S1', 'S2', 'S3', 'S4', 'S5'].map(UTC));
    const design = { S1: [95, 10], S2: [90, 36], S3: [80, 30], S4: [70, 20], S5: [60, 9] } as const;
    for (const [site, [score, top2]] of Object.entries(design)) {
      await mysteryShops(db, quad, site, 12, score);
      await responses(db, quad, site, 0, site === 'S5' ? 10 : 40, top2, 'q');
    }
    await rollups(db, quad);

    // 2. A perfectly linear relation: score 70/80/90/100 and CSAT 20/40/60/80 %.
    linear = await seedOrg(db.client, 'linear', ['L1', 'L2', 'L3', 'L4'].map(UTC));
    for (const [i, site] of ['L1', 'L2', 'L3', 'L4'].entries()) {
      await mysteryShops(db, linear, site, 10, 70 + 10 * i);
      await responses(db, linear, site, 1, 50, 10 * (i + 1), 'l');
    }
    await rollups(db, linear);

    // 3. Drivers: per site-week, CSAT top-2-box follows the service level; ASA and AHT are noise.
    drivers = await seedOrg(db.client, 'drivers', ['D1', 'D2', 'D3', 'D4', 'D5'].map(UTC));
    let k = 0;
    for (const site of ['D1', 'D2', 'D3', 'D4', 'D5']) {
      for (let week = 0; week < 4; week++, k++) {
        const serviceLevel = 40 + 3 * k; // 40..97 %
        const noise = (k * 37) % 19; // unrelated to k's order
        await db.client.query(
          `INSERT INTO kpi_interval (org_id, site_id, channel, program_id, interval_start, interval_minutes, offered, answered,
                                     answered_within_sl, wait_answered_s, talk_s, handled)
           VALUES ($1, $2, 'VOICE', $3, timestamptz '2026-03-02 10:00+00' + $4 * interval '7 days', 30, 100, 100, $5, $6, $7, 100)`,
          [drivers.orgId, drivers.siteIds[site], drivers.programId, week, serviceLevel, 1000 + 250 * noise, 30000 + 900 * ((k * 11) % 7)],
        );
        await responses(db, drivers, site, week, 20, Math.round(serviceLevel / 5), 'd');
      }
    }
    await rollups(db, drivers);
    server = await startServer({ DATABASE_URL: db.url });
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const VOP_QUERY = `query($f: MetricFilter!, $focus: String) {
    vopVsVoc(filter: $f, unit: SITE, vop: MYSTERY_SCORE, voc: CSAT, focusUnit: $focus) {
      classified minVopSample minVocSample vopMedian vocMedian pearson { r pValue n } spearman { r n }
      units { key label quadrant vopPercentile vocPercentile gap vop { value n } voc { value n lowSample } }
      timeSeries { label points { bucket vop { value } voc { value n } } lagCorrelations { lag r n } }
    } }`;

  it('classes the constructed blind spot as one, and never guesses for a small sample', async () => {
    const res = await asOrg(server, 'quad').gql(VOP_QUERY, { f: PERIOD });
    expect(res.errors).toBeUndefined();
    const r = res.data.vopVsVoc;
    const by = Object.fromEntries(r.units.map((u: any) => [u.label, u]));
    // Process ranks S4 70 < S3 80 < S2 90 < S1 95; customers S1 25% < S4 50% < S3 75% < S2 90%.
    expect(by['Site S1']).toMatchObject({ quadrant: 'BLIND_SPOT', vopPercentile: 87.5, vocPercentile: 12.5, gap: -75, vop: { value: 95, n: 12 }, voc: { value: 25, n: 40 } });
    expect(by['Site S2']).toMatchObject({ quadrant: 'ALIGNED_STRONG', vopPercentile: 62.5, vocPercentile: 87.5 });
    expect(by['Site S3']).toMatchObject({ quadrant: 'HIDDEN_STRENGTH', vopPercentile: 37.5, vocPercentile: 62.5, gap: 25 });
    expect(by['Site S4']).toMatchObject({ quadrant: 'ALIGNED_WEAK' });
    expect(by['Site S5']).toMatchObject({ quadrant: 'INSUFFICIENT_DATA', vopPercentile: null, gap: null, voc: { n: 10, lowSample: true } });
    expect(r).toMatchObject({ classified: 4, minVopSample: 10, minVocSample: 30, vopMedian: 85, vocMedian: 62.5 });
  });

  it('gives r = 1 (p = 0) for perfectly linearly related voices', async () => {
    const res = await asOrg(server, 'linear').gql(VOP_QUERY, { f: PERIOD });
    const r = res.data.vopVsVoc;
    expect(r.units.map((u: any) => [u.vop.value, u.voc.value])).toEqual([[70, 20], [80, 40], [90, 60], [100, 80]]);
    expect(r.pearson.r).toBeCloseTo(1, 12);
    expect(r.pearson).toMatchObject({ pValue: 0, n: 4 });
    expect(r.spearman.r).toBeCloseTo(1, 12);
  });

  it('returns both voices over time for a focus unit', async () => {
    const units = (await asOrg(server, 'quad').gql(VOP_QUERY, { f: PERIOD })).data.vopVsVoc.units;
    const s1 = units.find((u: any) => u.label === 'Site S1').key;
    const res = await asOrg(server, 'quad').gql(VOP_QUERY, { f: PERIOD, focus: s1 });
    const series = res.data.vopVsVoc.timeSeries;
    expect(series.label).toBe('Site S1');
    expect(series.points.map((p: any) => p.bucket)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']);
    expect(series.points[0]).toMatchObject({ vop: { value: 95 }, voc: { value: 25, n: 40 } });
    expect(series.points[1].voc).toMatchObject({ value: null, n: 0 });
    const bad = await asOrg(server, 'quad').gql(VOP_QUERY, { f: PERIOD, focus: 'MARS' });
    expect(bad.errors?.[0].message).toMatch(/focusUnit "MARS" is not a SITE key/);
  });

  it('ranks the constructed driver first and lists candidates without data as excluded', async () => {
    const res = await asOrg(server, 'drivers').gql(
      `query($f: MetricFilter!) { drivers(filter: $f, target: CSAT, candidates: [ASA, AHT, SERVICE_LEVEL, MYSTERY_SCORE], unit: SITE, granularity: WEEK) {
        n rSquared drivers { candidate rank r standardizedBeta betaCiLow betaCiHigh } excluded { candidate n reason } observations { bucket target } } }`,
      { f: PERIOD },
    );
    expect(res.errors).toBeUndefined();
    const d = res.data.drivers;
    expect(d.n).toBe(20);
    expect(d.drivers[0]).toMatchObject({ candidate: 'SERVICE_LEVEL', rank: 1 });
    expect(d.drivers[0].r).toBeGreaterThan(0.99);
    expect(d.drivers[0].betaCiLow).toBeGreaterThan(0.9);
    expect(d.excluded).toEqual([{ candidate: 'MYSTERY_SCORE', n: 0, reason: 'only 0 observations with data, at least 10 needed' }]);
    expect(d.observations).toHaveLength(20);
  });

  it('rejects a customer metric as the process side, with a clear message', async () => {
    const res = await asOrg(server, 'quad').gql(`query($f: MetricFilter!) { vopVsVoc(filter: $f, vop: NPS, voc: CSAT) { classified } }`, { f: PERIOD });
    expect(res.errors?.[0].message).toMatch(/vop must be a process or operational metric/);
  });
});
