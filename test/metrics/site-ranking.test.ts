import { SITE_RANKING_QUERY } from '@cxlens/shared';
import { seedOrg, SeededOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { refreshRollups } from './metrics-fixtures';

// Three sites with the same CSAT in each channel (voice 80%, chat 60%) but different channel mixes:
// crude CSAT ranks the voice-heavy site first only because voice customers are happier everywhere.

const RANKING = `
  query($filter: MetricFilter!, $measure: MetricId!, $mixAdjusted: Boolean) {
    siteRanking(filter: $filter, measure: $measure, mixAdjusted: $mixAdjusted) {
      measure mixAdjusted test pValueAdjustment source
      organization { value n }
      channelWeights { channel n share }
      sites { rank siteId site { code name } value n ciLow ciHigh lowSample differenceFromOrganization pValue adjustedPValue significant coverage missingChannels }
    }
  }`;

describe('siteRanking', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: SeededOrg;

  async function csat(site: string, channel: string, n: number, top2: number): Promise<void> {
    await db.client.query(
      `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, external_id)
       SELECT $1, $2, $3::channel, $4, timestamptz '2026-06-10 12:00:00+00', CASE WHEN g < $5 THEN 5 ELSE 2 END, $6 || g
       FROM generate_series(0, $7 - 1) g`,
      [org.orgId, org.siteIds[site], channel, org.programId, top2, `${site}-${channel}-`, n],
    );
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const site = (code: string) => ({ code, name: `${code} center`, city: 'Manila', country: 'PH', timeZone: 'Asia/Manila' });
    org = await seedOrg(db.client, 'ranking', ['VOICEY', 'BALANCED', 'CHATTY', 'VOICEONLY'].map(site));
    await csat('VOICEY', 'VOICE', 100, 80);
    await csat('VOICEY', 'CHAT', 20, 12);
    await csat('BALANCED', 'VOICE', 50, 40);
    await csat('BALANCED', 'CHAT', 50, 30);
    await csat('CHATTY', 'VOICE', 20, 16);
    await csat('CHATTY', 'CHAT', 100, 60);
    await csat('VOICEONLY', 'VOICE', 30, 24);
    await refreshRollups(db.client, org);
    server = await startServer({ DATABASE_URL: db.url, NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const threeSites = () => ({ from: '2026-06-10', to: '2026-06-10', siteIds: ['VOICEY', 'BALANCED', 'CHATTY'].map((c) => org.siteIds[c]) });
  const rank = async (filter: object, mixAdjusted: boolean) => {
    const res = await server.gql(RANKING, { filter, measure: 'CSAT', mixAdjusted }, { 'x-cxlens-org': 'ranking' });
    expect(res.errors).toBeUndefined();
    return res.data.siteRanking;
  };

  it('ranks on crude CSAT: the voice-heavy site first, each site tested against the rest, BH-adjusted', async () => {
    const ranking = await rank(threeSites(), false);
    expect(ranking).toMatchObject({ measure: 'CSAT', mixAdjusted: false, test: 'TWO_PROPORTION_Z', pValueAdjustment: 'BENJAMINI_HOCHBERG', source: 'ROLLUP' });
    expect(ranking.organization).toEqual({ value: 70, n: 340 }); // 238 / 340
    expect(ranking.channelWeights).toBeNull();
    const sites = ranking.sites;
    expect(sites.map((s: any) => [s.rank, s.site.code, s.n])).toEqual([
      [1, 'VOICEY', 120],
      [2, 'BALANCED', 100],
      [3, 'CHATTY', 120],
    ]);
    expect(sites[0].value).toBeCloseTo((100 * 92) / 120, 10); // 76.67
    expect(sites[2].value).toBeCloseTo((100 * 76) / 120, 10); // 63.33
    expect(sites[0].differenceFromOrganization).toBeCloseTo(100 * (92 / 120 - 0.7), 10);
    // VOICEY 92/120 vs the rest 146/220: pooled 238/340 = 0.7, SE = sqrt(0.21 (1/120 + 1/220)) = 0.0520053,
    // z = (0.766667 - 0.663636) / 0.0520053 = 1.98115, p = 0.047574; CHATTY mirrors it; BALANCED 70% vs 70%: p = 1.
    expect(sites[0].pValue).toBeCloseTo(0.04757421, 7);
    expect(sites[2].pValue).toBeCloseTo(0.04757421, 7);
    expect(sites[1].pValue).toBeCloseTo(1, 10);
    // BH over 3 tests: both small p-values become 3/2 · 0.047574 = 0.071361: no longer significant
    expect(sites[0].adjustedPValue).toBeCloseTo(1.5 * 0.04757421, 7);
    expect(sites.map((s: any) => s.significant)).toEqual([false, false, false]);
  });

  it("ranks the three equal once each is standardised to the organisation's channel mix", async () => {
    const ranking = await rank(threeSites(), true);
    expect(ranking).toMatchObject({ mixAdjusted: true, test: 'STANDARDIZED_Z' });
    // the organisation's mix: 170 voice and 170 chat answers, half and half
    expect(ranking.channelWeights).toEqual([
      { channel: 'CHAT', n: 170, share: 0.5 },
      { channel: 'VOICE', n: 170, share: 0.5 },
    ]);
    for (const site of ranking.sites) {
      // 0.5 · 80 + 0.5 · 60 = 70 for every site
      expect(site).toMatchObject({ rank: 1, value: 70, coverage: 1, missingChannels: [], differenceFromOrganization: 0, significant: false });
      expect(site.pValue).toBeCloseTo(1, 10);
    }
    // tied sites in id order, each with its own n (not re-weighted)
    expect(ranking.sites.map((s: any) => [s.site.code, s.n])).toEqual([['VOICEY', 120], ['BALANCED', 100], ['CHATTY', 120]]);
  });

  it('reports coverage when a site lacks a channel of the mix', async () => {
    const ranking = await rank({ from: '2026-06-10', to: '2026-06-10' }, true);
    // mix: voice 200, chat 170. VOICEONLY has voice only: 80% on 200/370 of the mix.
    const voiceOnly = ranking.sites.find((s: any) => s.site.code === 'VOICEONLY');
    expect(voiceOnly).toMatchObject({ rank: 1, value: 80, missingChannels: ['CHAT'] });
    expect(voiceOnly.coverage).toBeCloseTo(200 / 370, 12);
    const others = ranking.sites.filter((s: any) => s.site.code !== 'VOICEONLY');
    // (200 · 80 + 170 · 60) / 370 = 70.81 for each of the others, who share rank 2
    expect(others.map((s: any) => s.rank)).toEqual([2, 2, 2]);
    for (const site of others) expect(site.value).toBeCloseTo(26200 / 370, 10);
  });

  it("gives every entry its own site, as the dashboard's query asks for it", async () => {
    const res = await server.gql(SITE_RANKING_QUERY, { filter: { from: '2026-06-10', to: '2026-06-10' }, measure: 'CSAT', mixAdjusted: true }, { 'x-cxlens-org': 'ranking' });
    expect(res.errors).toBeUndefined();
    const codeOf = Object.fromEntries(Object.entries(org.siteIds).map(([code, id]) => [id, code]));
    const entries = res.data.siteRanking.sites;
    expect(entries).toHaveLength(4);
    for (const { siteId, site } of entries) {
      const code = codeOf[siteId];
      expect(site).toEqual({ id: siteId, code, name: `${code} center`, city: 'Manila', country: 'PH', region: null, timeZone: 'Asia/Manila' });
    }
  });

  it('refuses to mix-adjust a count', async () => {
    const res = await server.gql(RANKING, { filter: threeSites(), measure: 'RESPONSES', mixAdjusted: true }, { 'x-cxlens-org': 'ranking' });
    expect(res.errors?.[0].message).toBe('mixAdjusted applies to rates, means, ratios and NPS; RESPONSES is a count');
  });
});
