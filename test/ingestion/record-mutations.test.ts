import * as fc from 'fast-check';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { count, expectRollupsMatchRaw, ImportOrg, seedImportOrg, upload } from './helpers';

const RECORD_SURVEYS = `mutation($inputs: [SurveyResponseInput!]!) { recordSurveyResponses(inputs: $inputs) { inserted updated unchanged ids } }`;

/** GraphQL batches, reference-data mutations, and a random round trip through the file path. */
describe('GraphQL record mutations', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: ImportOrg;

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedImportOrg(db.client, 'acme');
    server = await startServer({ DATABASE_URL: db.url });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('records a batch and returns the ids in input order; re-sending changes nothing', async () => {
    const inputs = [
      { externalId: 'g-1', site: 'LIS', channel: 'VOICE', program: 'TELCO', respondedAt: '2026-03-02 09:00', csat: 5, comment: 'Great' },
      { externalId: 'g-2', site: 'Manila Ortigas', channel: 'CHAT', program: 'BANK', respondedAt: '2026-03-02T01:00:00Z', nps: 3, resolved: false },
    ];
    const first = await server.gql(RECORD_SURVEYS, { inputs });
    expect(first.errors).toBeUndefined();
    expect(first.data.recordSurveyResponses).toMatchObject({ inserted: 2, updated: 0, unchanged: 0 });
    const { rows } = await db.client.query(`SELECT id, external_id, responded_at, source FROM survey_response WHERE org_id = $1 ORDER BY external_id`, [org.orgId]);
    expect(first.data.recordSurveyResponses.ids).toEqual(rows.map((r) => r.id));
    expect(rows.map((r) => [r.responded_at.toISOString(), r.source])).toEqual([['2026-03-02T09:00:00.000Z', 'api'], ['2026-03-02T01:00:00.000Z', 'api']]);
    const again = await server.gql(RECORD_SURVEYS, { inputs });
    expect(again.data.recordSurveyResponses).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, ids: first.data.recordSurveyResponses.ids });
    const changed = await server.gql(RECORD_SURVEYS, { inputs: [{ ...inputs[0], csat: 4 }] });
    expect(changed.data.recordSurveyResponses).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
  });

  it('is all-or-nothing: one invalid input rejects the batch, naming index, field, value and rule', async () => {
    const before = await count(db.client, 'survey_response', org.orgId);
    const res = await server.gql(RECORD_SURVEYS, {
      inputs: [
        { externalId: 'ok-1', site: 'LIS', channel: 'VOICE', program: 'TELCO', respondedAt: '2026-03-03 09:00', csat: 5 },
        { externalId: 'bad-1', site: 'LIS', channel: 'VOICE', program: 'TELCO', respondedAt: '2026-02-30 09:00', csat: 6 },
      ],
    });
    expect(res.errors?.[0].message).toBe(
      '1 of 2 inputs are invalid; nothing was recorded: inputs[1].respondedAt = "2026-02-30 09:00": not a valid date: day 30 does not exist in 2026-02; ' +
        'inputs[1].csat = "6": must be a whole number from 1 to 5',
    );
    expect(res.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      errors: [
        { index: 1, field: 'respondedAt', value: '2026-02-30 09:00', reason: 'not a valid date: day 30 does not exist in 2026-02' },
        { index: 1, field: 'csat', value: '6', reason: 'must be a whole number from 1 to 5' },
      ],
    });
    expect(await count(db.client, 'survey_response', org.orgId)).toBe(before);
  });

  it('refuses more than 5,000 inputs in one call', async () => {
    const input = { site: 'LIS', channel: 'VOICE', program: 'TELCO', respondedAt: '2026-03-02 09:00', csat: 3 };
    const res = await server.gql(RECORD_SURVEYS, { inputs: Array.from({ length: 5001 }, () => input) });
    expect(res.errors?.[0]).toMatchObject({
      message: 'at most 5,000 inputs per call, got 5,001; split the batch or upload a file (POST /api/imports/surveys)',
      extensions: { code: 'BAD_USER_INPUT', field: 'inputs' },
    });
  });

  it('records evaluations scored with the rules of their form', async () => {
    const form = await server.gql(`mutation { saveEvaluationForm(input: { name: "Strict QA", criticalMode: KNOCKOUT, passMarkPct: 85 }) { name criticalMode passMarkPct scoreCapPct } }`);
    expect(form.data.saveEvaluationForm).toEqual({ name: 'Strict QA', criticalMode: 'KNOCKOUT', passMarkPct: 85, scoreCapPct: 100 });
    const items = [{ section: 'Greeting', item: 'Name used', points: 5, max: 5 }, { section: 'Compliance', item: 'Disclosure', points: 1, max: 2, critical: true }, { item: 'Upsell', points: 2, max: 0 }];
    const base = { kind: 'QA', site: 'LIS', channel: 'VOICE', program: 'TELCO', evaluatedAt: '2026-03-02 14:00', items };
    const res = await server.gql(`mutation($inputs: [ProcessEvaluationInput!]!) { recordProcessEvaluations(inputs: $inputs) { inserted ids } }`, {
      inputs: [{ ...base, externalId: 'qa-gate' }, { ...base, externalId: 'qa-knockout', form: 'strict qa' }],
    });
    expect(res.errors).toBeUndefined();
    const { rows } = await db.client.query(`SELECT external_id, score_pct::float8 AS score, passed, critical_failed FROM process_evaluation WHERE org_id = $1 ORDER BY 1`, [org.orgId]);
    // (5 + 1 + 2 bonus) / 7 = 114% capped at 100 under the default GATE rules; KNOCKOUT zeroes it.
    expect(rows).toEqual([
      { external_id: 'qa-gate', score: 100, passed: false, critical_failed: true },
      { external_id: 'qa-knockout', score: 0, passed: false, critical_failed: true },
    ]);
  });

  it('records KPI intervals by their natural key and contact records into intervals', async () => {
    const kpi = { site: 'ZRH', channel: 'VOICE', program: 'TELCO', intervalStart: '2026-03-02 09:00', offered: 10, answered: 9, abandoned: 1, waitAnsweredS: 90 };
    const first = await server.gql(`mutation($inputs: [KpiIntervalInput!]!) { recordKpiIntervals(inputs: $inputs) { inserted updated ids } }`, { inputs: [kpi] });
    const second = await server.gql(`mutation($inputs: [KpiIntervalInput!]!) { recordKpiIntervals(inputs: $inputs) { inserted updated ids } }`, { inputs: [{ ...kpi, offered: 11 }] });
    expect(second.data.recordKpiIntervals).toMatchObject({ inserted: 0, updated: 1, ids: first.data.recordKpiIntervals.ids });
    const bad = await server.gql(`mutation($inputs: [KpiIntervalInput!]!) { recordKpiIntervals(inputs: $inputs) { inserted } }`, { inputs: [{ ...kpi, intervalStart: '2026-03-02 09:10' }] });
    expect(bad.errors?.[0].extensions?.errors).toEqual([{ index: 0, field: 'intervalStart', value: '2026-03-02 09:10', reason: 'must start on a quarter hour (:00, :15, :30, :45)' }]);

    const contacts = await server.gql(`mutation($inputs: [ContactRecordInput!]!) { recordContactRecords(inputs: $inputs, slThresholdS: 30) { inserted ids } }`, {
      inputs: [
        { externalId: 'k-1', site: 'ZRH', channel: 'CHAT', program: 'TELCO', startedAt: '2026-03-02 11:05', answered: true, waitS: 25, talkS: 200 },
        { externalId: 'k-2', site: 'ZRH', channel: 'CHAT', program: 'TELCO', startedAt: '2026-03-02 11:20', answered: false, waitS: 4 },
      ],
    });
    expect(contacts.data.recordContactRecords.inserted).toBe(2);
    const { rows } = await db.client.query(
      `SELECT interval_start, offered, answered, abandoned_short, answered_within_sl, sl_threshold_s FROM kpi_interval WHERE org_id = $1 AND source = 'contacts'`, [org.orgId]);
    // Zurich is UTC+1 in March: the 11:00 local interval starts at 10:00 UTC.
    expect(rows).toEqual([{ interval_start: new Date('2026-03-02T10:00:00Z'), offered: 2, answered: 1, abandoned_short: 1, answered_within_sl: 1, sl_threshold_s: 30 }]);
    await expectRollupsMatchRaw(db.client, org.orgId);
  });

  it('creates and updates sites and programs with precise errors', async () => {
    const create = `mutation($input: CreateSiteInput!) { createSite(input: $input) { id code name city country region timeZone active } }`;
    const site = { code: 'NYC', name: 'New York', city: 'New York', country: 'US', timeZone: 'America/New_York' };
    const created = await server.gql(create, { input: site });
    expect(created.data.createSite).toMatchObject({ ...site, region: null, active: true });
    expect((await server.gql(create, { input: site })).errors?.[0]).toMatchObject({ message: 'code "NYC" is already used by another site', extensions: { field: 'code' } });
    expect((await server.gql(create, { input: { ...site, code: 'SFO', country: 'usa', timeZone: 'Pacific' } })).errors?.[0].message).toBe(
      'country "usa" must be an ISO 3166-1 alpha-2 code in capitals, e.g. PT; timeZone "Pacific" is not an IANA time zone such as Europe/Lisbon',
    );
    const program = await server.gql(`mutation { createProgram(input: { code: "RETAIL", name: "Retail" }) { id code name active } }`);
    expect(program.data.createProgram).toMatchObject({ code: 'RETAIL', name: 'Retail', active: true });
    const renamed = await server.gql(`mutation($id: ID!) { updateProgram(id: $id, input: { name: "Retail stores", active: false }) { code name active } }`, { id: program.data.createProgram.id });
    expect(renamed.data.updateProgram).toEqual({ code: 'RETAIL', name: 'Retail stores', active: false });
    expect((await server.gql(`mutation { updateProgram(id: "999999", input: { name: "x" }) { code } }`)).errors?.[0].message).toBe('No program 999999 in this organisation');
  });

  it('moves a site’s rollups to its new local days when its time zone changes', async () => {
    // 23:30 UTC is 2026-03-02 in Lisbon but 2026-03-03 in Manila.
    await server.gql(RECORD_SURVEYS, { inputs: [{ externalId: 'tz-1', site: 'LIS', channel: 'SMS', program: 'TELCO', respondedAt: '2026-03-02T23:30:00Z', csat: 2 }] });
    const day = async () => (await db.client.query(`SELECT local_date::text AS d FROM survey_daily WHERE org_id = $1 AND site_id = $2 AND channel = 'SMS'`, [org.orgId, org.sites.LIS])).rows;
    expect(await day()).toEqual([{ d: '2026-03-02' }]);
    const moved = await server.gql(`mutation($id: ID!) { updateSite(id: $id, input: { timeZone: "Asia/Manila", region: "APAC" }) { timeZone region } }`, { id: org.sites.LIS });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.updateSite).toEqual({ timeZone: 'Asia/Manila', region: 'APAC' });
    expect(await day()).toEqual([{ d: '2026-03-03' }]);
    await expectRollupsMatchRaw(db.client, org.orgId);
    await server.gql(`mutation($id: ID!) { updateSite(id: $id, input: { timeZone: "Europe/Lisbon", region: null }) { code } }`, { id: org.sites.LIS });
    expect(await day()).toEqual([{ d: '2026-03-02' }]);
  });
});

/** The instant of a wall-clock time in a zone, computed with Intl (independently of PostgreSQL). */
function zonedToUtc(local: string, timeZone: string): Date | null {
  const [d, t] = local.split(' ');
  const wall = Date.parse(`${d}T${t}Z`);
  const offsetAt = (ms: number) => {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
    return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - Math.floor(ms / 1000) * 1000;
  };
  const guess = wall - offsetAt(wall);
  const instant = wall - offsetAt(guess);
  return instant + offsetAt(instant) === wall ? new Date(instant) : null; // null: in a DST gap or fold
}

describe('random valid rows: what GraphQL reads back is what the file said', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: ImportOrg;
  const zones: Record<string, string> = { LIS: 'Europe/Lisbon', MNL: 'Asia/Manila', ZRH: 'Europe/Zurich' };

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedImportOrg(db.client, 'random', ['MAIN']);
    server = await startServer({ DATABASE_URL: db.url });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const text = (max: number) => fc.string({ unit: fc.constantFrom('a', 'B', 'é', '中', '😀', ' ', ',', ';', '"', '\n', "'", '=', '-'), maxLength: max });
  const rowArb = fc.record({
    site: fc.constantFrom('LIS', 'MNL', 'ZRH'),
    channel: fc.constantFrom('VOICE', 'EMAIL', 'CHAT', 'SOCIAL', 'SMS', 'VIDEO', 'APP', 'SELF_SERVICE'),
    at: fc.integer({ min: Date.UTC(2020, 0, 1) / 1000, max: Date.UTC(2030, 0, 1) / 1000 }).map((s) => new Date(s * 1000)),
    offsetMinutes: fc.option(fc.constantFrom(-300, 0, 60, 330, 345, 480, 600), { nil: null }),
    csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    nps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    ces: fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }),
    resolved: fc.boolean(),
    agent: text(20),
    comment: text(60),
  });

  it('imports ~100 random rows through HTTP and reads each one back unchanged over GraphQL', async () => {
    const generated = fc.sample(rowArb, { numRuns: 100, seed: 20260302 });
    const rows = generated.flatMap((r, i) => {
      const id = `rnd-${i}`;
      if (r.offsetMinutes === null) {
        const local = r.at.toISOString().slice(0, 19).replace('T', ' ');
        const instant = zonedToUtc(local, zones[r.site]);
        return instant ? [{ ...r, id, cell: local, instant }] : [];
      }
      const shifted = new Date(r.at.getTime() + r.offsetMinutes * 60_000).toISOString().slice(0, 19);
      const sign = r.offsetMinutes < 0 ? '-' : '+';
      const abs = Math.abs(r.offsetMinutes);
      const cell = `${shifted}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
      return [{ ...r, id, cell, instant: r.at }];
    });
    expect(rows.length).toBeGreaterThan(95);
    const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
    const csv = ['external_id,site,channel,responded_at,csat,nps,ces,resolved,agent,comment',
      ...rows.map((r) => [r.id, r.site, r.channel, r.cell, r.csat ?? '', r.nps ?? '', r.ces ?? '', r.resolved, q(r.agent), q(r.comment)].join(','))].join('\r\n');
    const res = await upload(server, 'surveys', csv, { mode: 'partial' }, { 'x-cxlens-org': 'random' });
    // Rows whose cells are all empty besides 'resolved' are still valid: resolved is an answer.
    expect(res.body.job).toMatchObject({ status: 'SUCCEEDED', rowsInserted: rows.length, rowsRejected: 0 });

    const read = await server.gql(`{ responses(first: 500) { edges { node { externalId siteId channel programId respondedAt csat nps ces resolved agent comment source } } } }`, {}, { 'x-cxlens-org': 'random' });
    expect(read.errors).toBeUndefined();
    const codeOf = Object.fromEntries(Object.entries(org.sites).map(([code, id]) => [id, code]));
    const back = read.data.responses.edges.map((e: any) => e.node).sort((a: any, b: any) => Number(a.externalId.slice(4)) - Number(b.externalId.slice(4)));
    const orEmpty = (s: string) => (s.trim() === '' ? null : s.trim());
    expect(back.map((n: any) => ({ ...n, siteId: codeOf[n.siteId], programId: n.programId === org.programs.MAIN }))).toEqual(
      rows.map((r) => ({
        externalId: r.id, siteId: r.site, channel: r.channel, programId: true, respondedAt: r.instant.toISOString(),
        csat: r.csat, nps: r.nps, ces: r.ces, resolved: r.resolved, agent: orEmpty(r.agent), comment: orEmpty(r.comment), source: 'import',
      })),
    );
    await expectRollupsMatchRaw(db.client, org.orgId);
  });
});
