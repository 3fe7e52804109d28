import * as fs from 'node:fs';
import * as path from 'node:path';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { count, expectRollupsMatchRaw, ImportOrg, orgHeader, runCli, SAMPLES, seedImportOrg, upload } from './helpers';

const sample = (name: string) => fs.readFileSync(path.join(SAMPLES, name));

/** The four kinds through HTTP and through the CLI, with the documented samples. */
describe('imports of every kind', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let http: ImportOrg;
  let cli: ImportOrg;

  beforeAll(async () => {
    db = await createTestDatabase();
    http = await seedImportOrg(db.client, 'via-http');
    cli = await seedImportOrg(db.client, 'via-cli');
    server = await startServer({ DATABASE_URL: db.url });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const EXPECTED: Record<string, { file: string; table: string; rows: number }> = {
    surveys: { file: 'surveys.csv', table: 'survey_response', rows: 5 },
    evaluations: { file: 'evaluations.csv', table: 'process_evaluation', rows: 4 },
    kpis: { file: 'kpis.csv', table: 'kpi_interval', rows: 5 },
    contacts: { file: 'contacts.csv', table: 'contact_record', rows: 6 },
  };

  it.each(Object.entries(EXPECTED))('imports docs/samples/%s over HTTP, then re-imports it as a no-op', async (kind, { file, table, rows }) => {
    const first = await upload(server, kind, sample(file), { fileName: file }, orgHeader('via-http'));
    expect(first.status).toBe(200);
    expect(first.body.job).toMatchObject({ kind, status: 'SUCCEEDED', fileName: file, rowsRead: rows, rowsInserted: rows, rowsUpdated: 0, rowsRejected: 0 });
    expect(first.body.job.sizeBytes).toBe(sample(file).length);
    expect(await count(db.client, table, http.orgId)).toBe(rows);

    const again = await upload(server, kind, sample(file), {}, orgHeader('via-http'));
    expect(again.body.job).toMatchObject({ status: 'SUCCEEDED', rowsInserted: 0, rowsUpdated: 0, rowsUnchanged: rows });
    expect(await count(db.client, table, http.orgId)).toBe(rows);
  });

  it('stored what the samples say: local times in the site time zone, scores from items, contact intervals', async () => {
    const { rows: surveys } = await db.client.query(
      `SELECT external_id, responded_at, comment FROM survey_response WHERE org_id = $1 AND source = 'import' ORDER BY external_id`, [http.orgId]);
    expect(surveys.map((r) => [r.external_id, r.responded_at.toISOString()])).toEqual([
      ['S-1001', '2026-03-02T09:15:00.000Z'], // Lisbon is UTC+0 in March
      ['S-1002', '2026-03-02T10:40:00.000Z'], // offset given
      ['S-1003', '2026-03-02T00:05:00.000Z'], // Manila is UTC+8
      ['S-1004', '2026-03-02T05:30:00.000Z'],
      ['S-1005', '2026-03-03T14:10:00.000Z'], // site given by name
    ]);
    expect(surveys[1].comment).toBe('The chat closed twice.\nI had to start over.');

    const { rows: evals } = await db.client.query(`SELECT external_id, score_pct::float8 AS score, passed, critical_failed FROM process_evaluation WHERE org_id = $1 ORDER BY 1`, [http.orgId]);
    expect(evals).toEqual([
      { external_id: 'MS-77', score: 87.5, passed: true, critical_failed: false },
      { external_id: 'MS-78', score: 72, passed: false, critical_failed: false },
      { external_id: 'QA-501', score: 90, passed: true, critical_failed: false }, // 36 of 40 applicable points
      { external_id: 'QA-502', score: 66.67, passed: false, critical_failed: true }, // 20 of 30, identity not verified
    ]);

    // Contacts C-9001..C-9004 fall in Lisbon's 10:00-10:30 interval, C-9005 in 10:30, C-9006 in Manila's 08:00.
    const { rows: intervals } = await db.client.query(
      `SELECT interval_start, offered, answered, abandoned, abandoned_short, answered_within_sl, wait_answered_s::int, talk_s::int,
              hold_s::int, acw_s::int, handled, resolved_first_contact, transfers, sales_opportunities, sales_conversions, source
       FROM kpi_interval WHERE org_id = $1 AND source = 'contacts' ORDER BY interval_start`, [http.orgId]);
    expect(intervals.map(({ interval_start, ...r }) => ({ at: interval_start.toISOString(), ...r }))).toEqual([
      { at: '2026-03-02T00:00:00.000Z', offered: 1, answered: 1, abandoned: 0, abandoned_short: 0, answered_within_sl: 1, wait_answered_s: 0, talk_s: 600, hold_s: 0, acw_s: 60, handled: 1, resolved_first_contact: 1, transfers: 0, sales_opportunities: 0, sales_conversions: 0, source: 'contacts' },
      { at: '2026-03-02T10:00:00.000Z', offered: 4, answered: 2, abandoned: 2, abandoned_short: 1, answered_within_sl: 1, wait_answered_s: 47, talk_s: 730, hold_s: 60, acw_s: 75, handled: 2, resolved_first_contact: 1, transfers: 1, sales_opportunities: 1, sales_conversions: 0, source: 'contacts' },
      { at: '2026-03-02T10:30:00.000Z', offered: 1, answered: 1, abandoned: 0, abandoned_short: 0, answered_within_sl: 1, wait_answered_s: 8, talk_s: 300, hold_s: 0, acw_s: 40, handled: 1, resolved_first_contact: 1, transfers: 0, sales_opportunities: 1, sales_conversions: 1, source: 'contacts' },
    ]);
    const { rows: linked } = await db.client.query(
      `SELECT external_id, interaction_ref, csat, nps, ces FROM survey_response WHERE org_id = $1 AND source = 'contacts' ORDER BY 1`, [http.orgId]);
    expect(linked).toEqual([
      { external_id: 'contact:C-9001', interaction_ref: 'C-9001', csat: 5, nps: null, ces: null },
      { external_id: 'contact:C-9002', interaction_ref: 'C-9002', csat: 3, nps: 6, ces: null },
      { external_id: 'contact:C-9005', interaction_ref: 'C-9005', csat: null, nps: null, ces: 6 },
      { external_id: 'contact:C-9006', interaction_ref: 'C-9006', csat: 4, nps: 9, ces: null },
    ]);
    await expectRollupsMatchRaw(db.client, http.orgId);
  });

  it('imports NDJSON', async () => {
    const res = await upload(server, 'surveys', sample('surveys.ndjson'), {}, { ...orgHeader('via-http'), 'content-type': 'application/x-ndjson' });
    expect(res.body.job).toMatchObject({ status: 'SUCCEEDED', rowsRead: 3, rowsInserted: 3 });
  });

  it('re-imports a changed contact file: moved contacts leave their old interval, the rollups follow', async () => {
    const moved = sample('contacts.csv').toString().replace('C-9005,LIS,VOICE,TELCO,2026-03-02 10:30:00,Y,8', 'C-9005,LIS,VOICE,TELCO,2026-03-02 11:10:00,Y,8')
      .replace(',Maria Santos,Card lost,4,9,,', ',Maria Santos,Card lost,,,,');
    const res = await upload(server, 'contacts', moved, {}, orgHeader('via-http'));
    expect(res.body.job).toMatchObject({ status: 'SUCCEEDED', rowsInserted: 0, rowsUpdated: 2, rowsUnchanged: 4 });
    const { rows } = await db.client.query(
      `SELECT to_char(interval_start AT TIME ZONE 'UTC', 'HH24:MI') AS at, offered FROM kpi_interval WHERE org_id = $1 AND source = 'contacts' ORDER BY interval_start`, [http.orgId]);
    expect(rows).toEqual([{ at: '00:00', offered: 1 }, { at: '10:00', offered: 4 }, { at: '11:00', offered: 1 }]);
    // C-9006 lost its answers: its linked survey response is gone.
    const { rows: linked } = await db.client.query(`SELECT 1 FROM survey_response WHERE org_id = $1 AND external_id = 'contact:C-9006'`, [http.orgId]);
    expect(linked).toEqual([]);
    await expectRollupsMatchRaw(db.client, http.orgId);
  });

  it.each(Object.entries(EXPECTED))('imports docs/samples/%s through the CLI', async (kind, { file, table, rows }) => {
    const run = await runCli(server, ['--kind', kind, '--file', path.join(SAMPLES, file), '--org', 'via-cli']);
    expect(run.stderr).toMatch(/Upload complete/);
    expect(run.stdout).toMatch(new RegExp(`^SUCCEEDED  ${kind} import, job \\d+`));
    expect(run.stdout).toContain(`rows read ${rows}, inserted ${rows}, updated 0, unchanged 0, skipped 0, rejected 0`);
    expect(run.code).toBe(0);
    expect(await count(db.client, table, cli.orgId)).toBe(rows);
  });

  it('CLI: exit code 1 with the rejected rows and their download link, 2 for usage errors', async () => {
    const bad = path.join(require('node:os').tmpdir(), `cxlens-bad-${process.pid}.csv`);
    fs.writeFileSync(bad, 'site,channel,program,responded_at,csat\nLIS,VOICE,TELCO,2026-03-01 10:00,9\n');
    const rejected = await runCli(server, ['--kind', 'surveys', '--file', bad, '--org', 'via-cli']);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toMatch(/^REJECTED/);
    expect(rejected.stdout).toContain('line 2 csat "9": must be a whole number from 1 to 5');
    expect(rejected.stdout).toMatch(/every rejected row: http:\/\/[\w.]+:\d+\/api\/imports\/\d+\/rejections\.csv \(with the same token\)/);
    const usage = await runCli(server, ['--kind', 'surveys', '--file', bad, '--mode', 'lenient']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('mode must be strict or partial, got "lenient"');
    const noFile = await runCli(server, ['--kind', 'surveys', '--file', '/nonexistent.csv']);
    expect(noFile).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read --file /nonexistent.csv') });
    fs.rmSync(bad);
  });

  it('saves a mapping from the CLI and imports with it by name', async () => {
    const file = path.join(require('node:os').tmpdir(), `cxlens-mapped-${process.pid}.csv`);
    fs.writeFileSync(file, 'Ticket,When,Stars,Medium\nT-1,02.03.2026 10:00,5,Phone\nT-2,02.03.2026 11:00,2,Social media\n');
    const args = ['--kind', 'surveys', '--org', 'via-cli', '--set', 'site=ZRH,program=TELCO', '--map', 'external_id=Ticket,responded_at=When,csat=Stars,channel=Medium',
      '--values', 'channel:Phone=VOICE,Social media=SOCIAL', '--date-format', 'DD.MM.YYYY'];
    const saved = await runCli(server, [...args, '--file', file, '--save-mapping', 'tickets-v1']);
    expect(saved.stdout).toContain('inserted 2');
    const byName = await runCli(server, ['--kind', 'surveys', '--org', 'via-cli', '--file', file, '--mapping', 'tickets-v1']);
    expect(byName.stdout).toContain('inserted 0, updated 0, unchanged 2');
    const gql = await server.gql(`{ importMappings { name kind spec { constants { field value } columns { field columns } values { field from to } dateFormats } } }`, {}, orgHeader('via-cli'));
    expect(gql.data.importMappings).toEqual([{
      name: 'tickets-v1', kind: 'SURVEYS',
      spec: {
        constants: [{ field: 'program', value: 'TELCO' }, { field: 'site', value: 'ZRH' }],
        columns: [{ field: 'channel', columns: ['Medium'] }, { field: 'csat', columns: ['Stars'] }, { field: 'external_id', columns: ['Ticket'] }, { field: 'responded_at', columns: ['When'] }],
        values: [{ field: 'channel', from: 'phone', to: 'VOICE' }, { field: 'channel', from: 'social media', to: 'SOCIAL' }],
        dateFormats: ['DD.MM.YYYY'],
      },
    }]);
    const viaGraphql = await server.gql(
      `mutation($spec: ImportMappingSpecInput!) { saveImportMapping(name: "kpi-export", kind: KPIS, spec: $spec) { name kind spec { columns { field columns } values { field from to } } } }`,
      { spec: { columns: [{ field: 'interval_start', columns: ['Date', 'Time'] }], values: [{ field: 'channel', from: 'Phone', to: 'VOICE' }] } },
      orgHeader('via-cli'));
    expect(viaGraphql.data.saveImportMapping).toEqual({
      name: 'kpi-export', kind: 'KPIS',
      spec: { columns: [{ field: 'interval_start', columns: ['Date', 'Time'] }], values: [{ field: 'channel', from: 'phone', to: 'VOICE' }] },
    });
    const invalid = await server.gql(`mutation { saveImportMapping(name: "x", kind: KPIS, spec: { constants: [{ field: "csat", value: "5" }] }) { name } }`, {}, orgHeader('via-cli'));
    expect(invalid.errors?.[0].message).toMatch(/^--set names "csat", which is not a field of kpis/);
    expect((await server.gql(`mutation { deleteImportMapping(name: "kpi-export") }`, {}, orgHeader('via-cli'))).data.deleteImportMapping).toBe(true);
    const wrongKind = await runCli(server, ['--kind', 'kpis', '--org', 'via-cli', '--file', file, '--mapping', 'tickets-v1']);
    expect(wrongKind).toMatchObject({ code: 2, stderr: expect.stringContaining('mapping "tickets-v1" is for surveys, not kpis') });
    fs.rmSync(file);
  });

  it('lists jobs over GraphQL, newest first, with their rejections', async () => {
    const res = await server.gql(
      `{ importJobs(first: 3) { edges { node { kind status rowsRead rowsRejected fileName rejectionsCsvUrl rejections(first: 5) { edges { node { line field value reason } } } } } pageInfo { hasNextPage endCursor } } }`,
      {}, orgHeader('via-cli'));
    expect(res.errors).toBeUndefined();
    const [latest, ...rest] = res.data.importJobs.edges.map((e: any) => e.node);
    // The import by mapping name is the latest: the wrong-kind attempt was a usage error and started no job.
    expect(latest).toMatchObject({ kind: 'SURVEYS', status: 'SUCCEEDED', rowsRead: 2, rowsRejected: 0, rejections: { edges: [] } });
    expect(rest.length).toBe(2);
    expect(res.data.importJobs.pageInfo.hasNextPage).toBe(true);
    const rejected = (await server.gql(`{ importJobs(first: 50) { edges { node { id status rejections { edges { node { line field value reason } } } } } } }`, {}, orgHeader('via-cli')))
      .data.importJobs.edges.map((e: any) => e.node).find((j: any) => j.status === 'REJECTED' && j.rejections.edges.length);
    expect(rejected.rejections.edges[0].node).toEqual({ line: 2, field: 'csat', value: '9', reason: 'must be a whole number from 1 to 5' });
  });
});
