import { ANSWER_LIMITS } from '../../server/src/admission/answer-weight';
import { refreshRollups } from '../metrics/metrics-fixtures';
import { createCaller, type Caller } from '../support/auth';
import { seedOrg, SeededOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const SITES = 25;
const CHANNELS = ['VOICE', 'EMAIL', 'CHAT', 'SOCIAL', 'SMS', 'APP'];
const FROM = '2025-01-01';
const TO = '2026-12-31'; // 730 days
/** One response per site, channel and day: the site x channel x day cube has this many rows. */
const CUBE_ROWS = SITES * CHANNELS.length * 730;

const CUBE = `query($measures: [MetricId!]!) {
  metrics(filter: { from: "${FROM}", to: "${TO}" }, measures: $measures, groupBy: [SITE, CHANNEL], granularity: DAY) {
    columns { rowCount cells { metric n } } } }`;
const TOTAL = `{ metrics(filter: { from: "${FROM}", to: "${TO}" }, measures: [RESPONSES]) { columns { rowCount cells { n } } } }`;

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/**
 * Large analytics answers pass an admission gate (server/src/admission): a few are computed at
 * once, others wait in a short queue or are refused with a "busy, retry" error, so that a burst
 * of them cannot run the server (started with its heap cap) out of memory.
 */
describe('admission of large analytics answers', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: SeededOrg;
  let analyst: Caller;

  async function post(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
    const res = await analyst.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
  }

  const cube = () => post(CUBE, { measures: ['CSAT', 'NPS', 'RESPONSES'] });

  /** A whole cube, each response counted once; or the documented busy error. */
  function expectCubeOrBusy(answer: Answer): 'answered' | 'busy' {
    expect(answer.status).toBe(200);
    const error = answer.body.errors?.[0];
    if (error) {
      expect(answer.body.errors).toHaveLength(1);
      expect(error.message).toMatch(/^The server is busy computing other large analytics answers \(.+\); retry in \d+ seconds\.$/);
      expect(error.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
      expect(['QUEUE_FULL', 'WAITED_TOO_LONG']).toContain(error.extensions!.reason);
      expect(answer.retryAfter).toBe(String(error.extensions!.retryAfterSeconds));
      // metrics is non-null in the schema: its error nulls the whole data.
      expect(answer.body.data).toBeNull();
      return 'busy';
    }
    const { columns } = answer.body.data.metrics;
    expect(columns.rowCount).toBe(CUBE_ROWS);
    for (const cell of columns.cells) expect(cell.n.reduce((a: number, b: number) => a + b, 0)).toBe(CUBE_ROWS);
    return 'answered';
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const site = (i: number) => ({ code: `S${i}`, name: `Site ${i}`, city: `City ${i}`, country: 'PT', timeZone: 'Etc/UTC' });
    org = await seedOrg(db.client, 'admission', Array.from({ length: SITES }, (_, i) => site(i + 1)));
    await db.client.query(
      `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, nps, external_id)
       SELECT $1, s.id, c.channel::channel, $2, timestamptz '${FROM} 12:00+00' + d * interval '1 day', 1 + (d + s.id::int) % 5, d % 11,
              'a-' || s.id || '-' || c.channel || '-' || d
       FROM site s CROSS JOIN unnest($3::text[]) AS c(channel) CROSS JOIN generate_series(0, 729) d
       WHERE s.org_id = $1`,
      [org.orgId, org.programId, CHANNELS],
    );
    await refreshRollups(db.client, org);
    server = await startServer({ DATABASE_URL: db.url });
    analyst = await createCaller(db.client, server, org, 'ANALYST');
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('answers a burst of whole cubes correctly or refuses the extra ones with "busy, retry", and stays up', async () => {
    const burst = ANSWER_LIMITS.maxQueued + 4;
    const answers = await Promise.all(Array.from({ length: burst }, cube));
    const outcomes = answers.map(expectCubeOrBusy);
    // The first one is always admitted; a queue of maxQueued waits behind it.
    expect(outcomes).toContain('answered');
    expect(server.process.exitCode).toBeNull();

    // Every permit went back once its response was written: the next cubes are admitted one after another.
    for (let i = 0; i < 2; i++) expect(expectCubeOrBusy(await cube())).toBe('answered');
  }, 180_000);

  it('never makes a small answer wait behind large ones', async () => {
    const large = Array.from({ length: ANSWER_LIMITS.maxQueued + 2 }, cube);
    const small = Array.from({ length: 3 }, () => post(TOTAL));
    for (const answer of await Promise.all(small)) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.metrics.columns.cells[0].n).toEqual([CUBE_ROWS]);
    }
    (await Promise.all(large)).forEach(expectCubeOrBusy);
  }, 180_000);

  it('refuses an answer too large for the heap with a clear error instead of running out of memory', async () => {
    const answer = await post(CUBE, { measures: ['CSAT', 'CSAT_MEAN', 'DSAT', 'NPS', 'PROMOTERS', 'RESPONSES'] });
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors![0].message).toMatch(/^the answer would have 109500 rows and take about \d+ MB of server memory; at most \d+ MB: ask for fewer measures/);
    expect(expectCubeOrBusy(await cube())).toBe('answered');
    expect(server.process.exitCode).toBeNull();
  });
});
