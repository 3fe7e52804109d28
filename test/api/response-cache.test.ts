import { refreshDailyRollups } from '../../server/src/rollups/rollup-refresh';
import { createCaller, type Caller } from '../support/auth';
import { seedOrg, SeededOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const UTC = (code: string) => ({ code, name: `Site ${code}`, city: code, country: 'PT', timeZone: 'Etc/UTC' });
const RANKING = `query Ranking($day: LocalDate!) { siteRanking(filter: { from: $day, to: $day }, measure: CSAT) {
  organization { value n } sites { siteId value n } } }`;
const DAY = { day: '2026-01-01' };
const RECORD = `mutation($inputs: [SurveyResponseInput!]!) { recordSurveyResponses(inputs: $inputs) { inserted } }`;

/**
 * The response cache answers a repeated analytics query from memory, and only while nothing in the
 * organisation has changed; it never serves one caller's answer to a caller with other access.
 */
describe('response cache', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: SeededOrg;
  let admin: Caller;

  async function post(caller: Caller, query: string, variables: Record<string, unknown> = DAY, headers: Record<string, string> = {}) {
    const res = await caller.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    return { cache: res.headers.get('x-cxlens-cache'), encoding: res.headers.get('content-encoding'), data: body.data };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedOrg(db.client, 'cache', ['C1', 'C2'].map(UTC));
    // C1: 4 responses, 3 satisfied; C2: 4 responses, 1 satisfied.
    for (const [code, satisfied] of [['C1', 3], ['C2', 1]] as const) {
      await db.client.query(
        `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, external_id)
         SELECT $1, $2, 'VOICE', $3, timestamptz '2026-01-01 12:00+00', CASE WHEN g <= $4::int THEN 5 ELSE 2 END, $5 || g FROM generate_series(1, 4) g`,
        [org.orgId, org.siteIds[code], org.programId, satisfied, `${code}-`],
      );
    }
    await refreshDailyRollups(db.client, 'survey', org.orgId, 'ALL');
    server = await startServer({ DATABASE_URL: db.url });
    admin = await createCaller(db.client, server, org, 'ADMIN');
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('answers a repeated query from the cache with the same answer, and recomputes on Cache-Control: no-cache', async () => {
    const first = await post(admin, RANKING);
    expect(first.cache).toBe('miss');
    expect(first.data.siteRanking.organization).toEqual({ value: 50, n: 8 });
    const second = await post(admin, RANKING);
    expect(second).toEqual({ ...first, cache: 'hit' });
    const bypass = await post(admin, RANKING, DAY, { 'cache-control': 'no-cache' });
    expect(bypass).toEqual({ ...first, cache: 'bypass' });
    const otherDay = await post(admin, RANKING, { day: '2026-01-02' });
    expect(otherDay.cache).toBe('miss');
    expect(otherDay.data.siteRanking.organization.n).toBe(0);
  });

  it('sends a hit byte for byte as the miss that stored it, and still answers a bypass in full', async () => {
    const query = `query SameBytes($day: LocalDate!) { siteRanking(filter: { from: $day, to: $day }, measure: CSAT) {
      organization { value n } sites { siteId value n } } }`;
    const raw = async (headers: Record<string, string> = {}) => {
      const res = await admin.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables: DAY }),
      });
      return { status: res.status, cache: res.headers.get('x-cxlens-cache'), text: await res.text() };
    };
    const miss = await raw();
    expect(miss).toMatchObject({ status: 200, cache: 'miss' });
    expect(miss.text).toBe(`${JSON.stringify({ data: JSON.parse(miss.text).data })}\n`); // Apollo's own format
    expect(JSON.parse(miss.text).data.siteRanking.organization).toEqual({ value: 50, n: 8 });
    expect(await raw()).toEqual({ ...miss, cache: 'hit' });
    expect(await raw({ 'accept-encoding': 'gzip' })).toEqual({ ...miss, cache: 'hit' });
    expect(await raw({ 'cache-control': 'no-cache' })).toEqual({ ...miss, cache: 'bypass' });
    expect(await raw()).toEqual({ ...miss, cache: 'hit' });
  });

  it('misses after a write to the organisation, and the new answer includes it', async () => {
    await post(admin, RANKING);
    expect((await post(admin, RANKING)).cache).toBe('hit');
    const recorded = await admin.gql(RECORD, {
      inputs: [{ externalId: 'new-1', site: 'C2', channel: 'VOICE', program: 'MAIN', respondedAt: '2026-01-01T15:00:00Z', csat: 5 }],
    });
    expect(recorded.errors).toBeUndefined();
    const after = await post(admin, RANKING);
    expect(after.cache).toBe('miss');
    // 5 of 9 satisfied = 55.6 %.
    expect(after.data.siteRanking.organization.n).toBe(9);
    expect(after.data.siteRanking.organization.value).toBeCloseTo((5 / 9) * 100, 1);
    expect((await post(admin, RANKING)).cache).toBe('hit');
  });

  it('never serves an answer cached for other access: another role, a site manager, another organisation', async () => {
    const adminAnswer = (await post(admin, RANKING)).data;
    const director = await createCaller(db.client, server, org, 'DIRECTOR');
    const byDirector = await post(director, RANKING);
    expect(byDirector.cache).toBe('miss'); // another role: its own entry, even when the answer happens to be the same
    expect(byDirector.data).toEqual(adminAnswer);
    expect((await post(await createCaller(db.client, server, org, 'DIRECTOR'), RANKING)).cache).toBe('hit'); // same access, shared

    const manager = await createCaller(db.client, server, org, 'SITE_MANAGER', { siteIds: [org.siteIds.C1] });
    const byManager = await post(manager, RANKING);
    expect(byManager.cache).toBe('miss');
    expect(byManager.data.siteRanking.sites.map((s: { siteId: string }) => s.siteId)).toEqual([org.siteIds.C1]);

    const other = await seedOrg(db.client, 'cache-other', [UTC('O1')]);
    const otherAdmin = await createCaller(db.client, server, other, 'ADMIN');
    const byOther = await post(otherAdmin, RANKING);
    expect(byOther.cache).toBe('miss');
    expect(byOther.data.siteRanking.organization.n).toBe(0);
  });

  it('leaves questions about the caller, accounts and imports uncached', async () => {
    for (const query of [`{ me { email } }`, `{ importJobs { pageInfo { hasNextPage } } }`, `{ sites { id } me { email } }`]) {
      const res = await post(admin, query, {});
      expect(res.cache).toBeNull();
    }
  });

  it('compresses answers for clients that accept gzip', async () => {
    const res = await post(admin, `{ metricDefinitions { id label description formula } }`, {}, { 'accept-encoding': 'gzip' });
    expect(res.encoding).toBe('gzip');
    expect(res.data.metricDefinitions.length).toBeGreaterThan(5);
  });
});

describe('response cache and the rate limit', () => {
  let db: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer({ DATABASE_URL: db.url, CXLENS_RATE_LIMIT_PER_MINUTE: '4' });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('counts cached answers against the caller’s per-minute budget', async () => {
    const org = await seedOrg(db.client, 'limited', [UTC('L1')]);
    const analyst = await createCaller(db.client, server, org, 'ANALYST');
    const seen: (string | number | null)[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await analyst.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ sites { code } }' }) });
      const body = await res.json();
      seen.push(res.status === 429 ? body.errors[0].extensions.code : res.headers.get('x-cxlens-cache'));
    }
    // The first is computed (the resolver's guard counts it); the next four are hits within the budget of 4.
    expect(seen).toEqual(['miss', 'hit', 'hit', 'hit', 'hit', 'TOO_MANY_REQUESTS']);
  });
});
