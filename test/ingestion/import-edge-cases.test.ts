import * as http from 'node:http';
import { Client } from 'pg';
import { HOLD_JOB_LOCK_SQL } from '../../server/src/ingestion/queries/import-jobs.sql';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { count, ImportOrg, seedImportOrg, upload } from './helpers';

const HEADER = 'external_id,site,channel,program,responded_at,csat,comment';
const row = (i: number, csat: number | string = 4, comment = '') => `r-${i},LIS,VOICE,TELCO,2026-03-02 10:${String(i % 60).padStart(2, '0')},${csat},${comment}`;
const file = (...lines: string[]) => `${lines.join('\n')}\n`;

/** What a file can get wrong, and what the import answers: always a clear result, never a crash or a 500. */
describe('file imports: modes, encodings, shapes and failures', () => {
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
  beforeEach(async () => {
    await db.client.query('DELETE FROM survey_response; DELETE FROM survey_daily');
  });

  const surveys = () => count(db.client, 'survey_response', org.orgId);

  it('strict mode: one bad row rejects the file, writes nothing and names that row', async () => {
    const res = await upload(server, 'surveys', file(HEADER, row(1), row(2), row(3, 9), row(4)));
    expect(res.status).toBe(422);
    expect(res.body.job).toMatchObject({ status: 'REJECTED', mode: 'strict', rowsRead: 4, rowsInserted: 0, rowsRejected: 1 });
    expect(res.body.job.errorSummary).toBe('1 row of 4 rejected; nothing was written; first: line 4, csat: must be a whole number from 1 to 5');
    expect(res.body.rejections).toEqual([{ line: 4, field: 'csat', value: '9', reason: 'must be a whole number from 1 to 5' }]);
    expect(await surveys()).toBe(0);
    const { rows } = await db.client.query(`SELECT line, field, value, reason FROM import_rejection WHERE job_id = $1`, [res.body.job.id]);
    expect(rows).toEqual([{ line: 4, field: 'csat', value: '9', reason: 'must be a whole number from 1 to 5' }]);
  });

  it('partial mode: writes the valid rows and reports exactly the bad ones', async () => {
    const res = await upload(server, 'surveys', file(HEADER, row(1), row(2, 'x'), row(3), row(4, 0), `r-5,NOPE,VOICE,TELCO,2026-03-02 10:05,3,`, row(6)), { mode: 'partial' });
    expect(res.status).toBe(200);
    expect(res.body.job).toMatchObject({ status: 'PARTIAL', rowsRead: 6, rowsInserted: 3, rowsRejected: 3 });
    expect(res.body.rejections.map((r: any) => [r.line, r.field, r.value])).toEqual([[3, 'csat', 'x'], [5, 'csat', '0'], [6, 'site', 'NOPE']]);
    expect(res.body.rejections[2].reason).toMatch(/^is not a site of this organisation \(sites: LIS, MNL, ZRH\)/);
    const { rows } = await db.client.query(`SELECT external_id FROM survey_response WHERE org_id = $1 ORDER BY 1`, [org.orgId]);
    expect(rows.map((r) => r.external_id)).toEqual(['r-1', 'r-3', 'r-6']);
  });

  it('dry run: validates and counts, writes nothing, records the job', async () => {
    const res = await upload(server, 'surveys', file(HEADER, row(1), row(2)), { dryRun: 'true' });
    expect(res.body.job).toMatchObject({ status: 'SUCCEEDED', dryRun: true, rowsInserted: 2, errorSummary: 'dry run: nothing was written' });
    expect(await surveys()).toBe(0);
  });

  it('reads a BOM, the ; delimiter, CRLF and quoted fields with newlines and delimiters', async () => {
    const text = '\uFEFFexternal_id;site;channel;program;responded_at;csat;comment\r\n' +
      'b-1;LIS;VOICE;TELCO;2026-03-02 10:00;5;"first line\r\nsecond; line"\r\n' +
      'b-2;MNL;CHAT;BANK;2026-03-02 11:00;4;"he said ""fine"""\r\n';
    const res = await upload(server, 'surveys', Buffer.from(text, 'utf8'));
    expect(res.body.job).toMatchObject({ status: 'SUCCEEDED', rowsRead: 2, rowsInserted: 2 });
    const { rows } = await db.client.query(`SELECT external_id, comment FROM survey_response WHERE org_id = $1 ORDER BY 1`, [org.orgId]);
    expect(rows).toEqual([{ external_id: 'b-1', comment: 'first line\r\nsecond; line' }, { external_id: 'b-2', comment: 'he said "fine"' }]);
  });

  it('numbers lines as a text editor does, across quoted newlines', async () => {
    const res = await upload(server, 'surveys', file(HEADER, row(1, 4, '"a\nb\nc"'), row(2, 7)), { mode: 'partial' });
    expect(res.body.rejections).toEqual([{ line: 5, field: 'csat', value: '7', reason: 'must be a whole number from 1 to 5' }]);
  });

  it('an empty file is rejected as such; a header-only file succeeds with 0 rows', async () => {
    const empty = await upload(server, 'surveys', '');
    expect(empty.status).toBe(422);
    expect(empty.body.job).toMatchObject({ status: 'REJECTED', rowsRead: 0 });
    expect(empty.body.rejections[0].reason).toBe('the file is empty: a CSV import needs a header row naming its columns');
    const headerOnly = await upload(server, 'surveys', file(HEADER));
    expect(headerOnly.status).toBe(200);
    expect(headerOnly.body.job).toMatchObject({ status: 'SUCCEEDED', rowsRead: 0, rowsInserted: 0, rowsRejected: 0 });
  });

  it('a wrong header names the unknown and the missing columns', async () => {
    const unknown = await upload(server, 'surveys', file('site,channel,program,responded_at,csta', 'LIS,VOICE,TELCO,2026-03-02,4'));
    expect(unknown.status).toBe(422);
    expect(unknown.body.rejections).toEqual([{ line: 1, field: null, value: 'csta', reason: expect.stringMatching(/^unknown column "csta": the fields of surveys are/) }]);
    const missing = await upload(server, 'surveys', file('site,csat', 'LIS,4'));
    expect(missing.body.rejections).toEqual([{ line: 1, field: 'channel, responded_at', value: null, reason: expect.stringMatching(/^missing required columns: channel, responded_at/) }]);
    expect(missing.body.job.errorSummary).toMatch(/^the file was rejected; nothing was written: line 1, channel, responded_at: missing required columns/);
  });

  it('a 10 MB field is read and rejected with a clear reason; the other rows still import in partial mode', async () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const res = await upload(server, 'surveys', file(HEADER, row(1), row(2, 4, `"${big}"`), row(3)), { mode: 'partial' });
    expect(res.status).toBe(200);
    expect(res.body.job).toMatchObject({ status: 'PARTIAL', rowsInserted: 2, rowsRejected: 1 });
    expect(res.body.rejections).toEqual([{ line: 3, field: 'comment', value: `${'x'.repeat(200)}… (10485760 characters)`, reason: 'is 10,485,760 characters long; at most 20,000 are allowed' }]);
    const tooBig = await upload(server, 'surveys', file(HEADER, row(1), row(2, 4, `"${'y'.repeat(17 * 1024 * 1024)}"`)));
    expect(tooBig.status).toBe(422);
    expect(tooBig.body.rejections[0]).toMatchObject({ line: 3, reason: expect.stringMatching(/a record is larger than 16 MB/) });
  });

  it('non-UTF-8 bytes reject the file with the line, not a crash', async () => {
    const latin1 = Buffer.concat([Buffer.from(file(HEADER, row(1)), 'utf8'), Buffer.from('r-2,LIS,VOICE,TELCO,2026-03-02 10:02,4,caf', 'utf8'), Buffer.from([0xe9, 0x0a])]);
    const res = await upload(server, 'surveys', latin1, { mode: 'partial' });
    expect(res.status).toBe(422);
    expect(res.body.job).toMatchObject({ status: 'REJECTED' });
    expect(res.body.rejections).toEqual([{ line: 3, field: null, value: null, reason: expect.stringMatching(/^the file is not valid UTF-8 \(bytes E9 0A on line 3\)/) }]);
    expect(await surveys()).toBe(0);
  });

  it('usage mistakes are 400 with the reason, and no job', async () => {
    const before = await count(db.client, 'import_job', org.orgId);
    expect(await upload(server, 'tickets', file(HEADER))).toEqual({ status: 400, body: { error: 'unknown import kind "tickets"; use one of surveys, evaluations, kpis, contacts' } });
    expect((await upload(server, 'surveys', '{}', {}, { 'content-type': 'application/json' })).body.error).toMatch(/Content-Type text\/csv or application\/x-ndjson/);
    expect((await upload(server, 'surveys', file(HEADER), { mapping: 'nope' })).body.error).toBe('there is no saved mapping named "nope"');
    expect(await upload(server, 'surveys', file(HEADER), {}, { 'x-cxlens-org': 'ghost' })).toMatchObject({ status: 401, body: { message: expect.stringMatching(/Sign in first/) } });
    expect(await count(db.client, 'import_job', org.orgId)).toBe(before);
  });

  it('a JSON body on the import route is streamed, not parsed by the JSON body parser', async () => {
    const lines = Array.from({ length: 3 }, (_, i) => JSON.stringify({ external_id: `j-${i}`, site: 'LIS', channel: 'VOICE', program: 'TELCO', responded_at: '2026-03-02 10:00', nps: i }));
    const res = await upload(server, 'surveys', lines.join('\n'), { format: 'ndjson' }, { 'content-type': 'application/json' });
    expect(res.body.job).toMatchObject({ status: 'SUCCEEDED', rowsInserted: 3 });
  });

  it('a connection killed mid-upload rolls everything back and fails the job with "client disconnected"', async () => {
    const url = new URL(`${server.url}/api/imports/surveys?fileName=killed.csv`);
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'text/csv', 'transfer-encoding': 'chunked', ...(await server.authHeaders()) } });
    req.on('error', () => undefined);
    req.write(`${HEADER}\n`);
    for (let i = 1; i <= 20_000; i++) req.write(`${row(i)}\n`);
    // Wait until the server is streaming this import, then cut the connection.
    let job: any;
    for (let attempt = 0; attempt < 100 && !job; attempt++) {
      await new Promise((r) => setTimeout(r, 50));
      const { rows } = await db.client.query(`SELECT id, status FROM import_job WHERE org_id = $1 AND file_name = 'killed.csv'`, [org.orgId]);
      job = rows[0];
    }
    expect(job).toMatchObject({ status: 'RUNNING' });
    // The running import holds its job's lock (what tells it from an abandoned one).
    const lockFree = async () =>
      (await db.client.query(`SELECT pg_try_advisory_xact_lock(hashtext('cxlens.import-job'), ($1::bigint % 2147483647)::int) AS free`, [job.id])).rows[0].free;
    let held = false;
    for (let attempt = 0; attempt < 50 && !held; attempt++) {
      held = !(await lockFree());
      if (!held) await new Promise((r) => setTimeout(r, 20));
    }
    expect(held).toBe(true);
    req.destroy();
    let finished: any;
    for (let attempt = 0; attempt < 100; attempt++) {
      await new Promise((r) => setTimeout(r, 100));
      const { rows } = await db.client.query(`SELECT status, error_summary, rows_read, rows_inserted FROM import_job WHERE org_id = $1 AND id = $2`, [org.orgId, job.id]);
      finished = rows[0];
      if (finished.status !== 'RUNNING') break;
    }
    expect(finished).toMatchObject({ status: 'FAILED', error_summary: 'client disconnected before the end of the file; nothing was written', rows_inserted: 0 });
    expect(finished.rows_read).toBeGreaterThan(0);
    expect(await surveys()).toBe(0);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('an import whose server stopped mid-way reads as FAILED; one still running stays RUNNING', async () => {
    // Two jobs recorded RUNNING ten minutes ago, as an import records its job before reading the file. Another
    // connection holds the second one's lock, as its running import would; nothing holds the first one's.
    const recorded = async (fileName: string) =>
      (await db.client.query(
        `INSERT INTO import_job (org_id, kind, file_name, mode, dry_run, options, started_at)
         VALUES ($1, 'surveys', $2, 'strict', false, '{}', now() - interval '10 minutes') RETURNING id::text`,
        [org.orgId, fileName],
      )).rows[0].id as string;
    const abandoned = await recorded('abandoned.csv');
    const running = await recorded('running.csv');
    const importer = new Client({ connectionString: db.url });
    await importer.connect();
    const job = async (id: string) => (await (await fetch(`${server.url}/api/imports/${id}`, { headers: await server.authHeaders() })).json()).job;
    try {
      await importer.query('BEGIN');
      await importer.query(HOLD_JOB_LOCK_SQL, [running]);
      expect(await job(abandoned)).toMatchObject({
        status: 'FAILED',
        errorSummary: 'the import stopped before it finished (its server stopped or lost the database); nothing was written',
      });
      expect((await job(abandoned)).durationMs).toBeGreaterThanOrEqual(600_000);
      expect(await job(running)).toMatchObject({ status: 'RUNNING', errorSummary: null });
      const listed = await server.gql<{ importJobs: { edges: { node: { id: string; status: string } }[] } }>(`{ importJobs(first: 50) { edges { node { id status } } } }`);
      const statuses = new Map(listed.data!.importJobs.edges.map(({ node }) => [node.id, node.status]));
      expect([statuses.get(abandoned), statuses.get(running)]).toEqual(['FAILED', 'RUNNING']);
    } finally {
      await importer.query('ROLLBACK');
      await importer.end();
    }
    // Its connection gone, the second import is abandoned too.
    expect(await job(running)).toMatchObject({ status: 'FAILED' });
  });

  it('serves every rejection as CSV, with formula-looking values defused', async () => {
    const res = await upload(server, 'surveys', file(HEADER, row(1, '=1+2'), row(2, '@SUM(A1)'), row(3)), { mode: 'partial' });
    const csv = await fetch(`${server.url}${res.body.rejectionsUrl}`, { headers: await server.authHeaders() });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="import-${res.body.job.id}-rejections.csv"`);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads UTF-8
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'line,field,value,reason\r\n' +
      "2,csat,'=1+2,must be a whole number from 1 to 5\r\n" +
      "3,csat,'@SUM(A1),must be a whole number from 1 to 5\r\n",
    );
    expect((await fetch(`${server.url}/api/imports/999999/rejections.csv`, { headers: await server.authHeaders() })).status).toBe(404);
    expect((await fetch(`${server.url}${res.body.rejectionsUrl}`)).status).toBe(401); // not without credentials
  });

  it('the same rows without external_id collapse to one, by a content hash', async () => {
    const res = await upload(server, 'surveys', file('site,channel,program,responded_at,csat', 'LIS,VOICE,TELCO,2026-03-02 10:00,4', 'Lisbon Oriente,voice,TELCO,2026-03-02 10:00:00,4', 'LIS,VOICE,TELCO,2026-03-02 10:00,5'));
    expect(res.body.job).toMatchObject({ status: 'SUCCEEDED', rowsRead: 3, rowsInserted: 2, rowsUnchanged: 1 });
    const again = await upload(server, 'surveys', file('site,channel,program,responded_at,csat', 'LIS,VOICE,TELCO,2026-03-02 10:00,4'));
    expect(again.body.job).toMatchObject({ rowsInserted: 0, rowsUpdated: 0, rowsUnchanged: 1 });
  });

  it('creates missing sites and programs only when asked, with site defaults', async () => {
    const csv = file('site,channel,program,responded_at,csat', 'OPO,VOICE,NEWPROG,2026-03-02 10:00,4');
    const refused = await upload(server, 'surveys', csv, { mode: 'partial' });
    expect(refused.body.rejections.map((r: any) => r.field)).toEqual(['site', 'program']);
    const noDefaults = await upload(server, 'surveys', csv, { createMissing: 'true' });
    expect(noDefaults.body.rejections[0].reason).toMatch(/--create-missing needs --site-defaults country=CC,timeZone=Area\/City/);
    const created = await upload(server, 'surveys', csv, { createMissing: 'true', siteDefaults: 'country=PT,timeZone=Europe/Lisbon,city=Porto' });
    expect(created.body).toMatchObject({ job: { status: 'SUCCEEDED', rowsInserted: 1 }, createdSites: ['OPO'], createdPrograms: ['NEWPROG'] });
    const { rows } = await db.client.query(`SELECT code, name, city, country, time_zone FROM site WHERE org_id = $1 AND code = 'OPO'`, [org.orgId]);
    expect(rows).toEqual([{ code: 'OPO', name: 'OPO', city: 'Porto', country: 'PT', time_zone: 'Europe/Lisbon' }]);
  });
});
