import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { DATASETS, expectRollupsMatchRaw, ImportOrg, runCli, seedImportOrg } from './helpers';

/** The exact commands of docs/import-formats.md ("Third-party files"). */
export const PWC_IMPORT = [
  '--kind', 'contacts', '--file', path.join(DATASETS, 'pwc_call_center.csv'),
  '--set', 'site=ZRH,channel=VOICE',
  '--map', 'external_id=call id,started_at=date+time,answered=answered (Y/N),wait_s=speed of answer in seconds,talk_s=talk duration,csat=satisfaction rating',
  '--date-format', 'MM-DD-YYYY,M/D/YYYY',
];
export const TICKETS_IMPORT = [
  '--kind', 'surveys', '--file', path.join(DATASETS, 'customer_support_tickets.csv'),
  '--set', 'site=LIS',
  '--map', 'external_id=Ticket ID,channel=Ticket Channel,responded_at=Time to Resolution,csat=Customer Satisfaction Rating,topic=Ticket Type',
  '--values', 'channel:Phone=VOICE,Social media=SOCIAL',
  '--date-format', 'DD-MM-YYYY',
  '--skip-empty', 'csat',
];

type Row = Record<string, string>;
const read = (file: string): Row[] => parse(fs.readFileSync(path.join(DATASETS, file)), { columns: true }) as Row[];
const sum = (rows: Row[], column: string) => rows.reduce((s, r) => s + Number(r[column] || 0), 0);

/** "01-13-2021" and "1/13/2021" → "2021-01-13" (the file's two layouts, read here without the importer). */
function pwcDate(text: string): string {
  const [m, d, y] = text.split(/[-/]/).map(Number);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function countBy<T>(items: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

describe('third-party exports with their documented mappings', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: ImportOrg;

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedImportOrg(db.client, 'datasets', ['MAIN']);
    server = await startServer({ DATABASE_URL: db.url });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('PwC call center (contacts): KPIs and CSAT equal figures computed from the CSV', async () => {
    const run = await runCli(server, [...PWC_IMPORT, '--save-mapping', 'pwc-calls']);
    expect(run.stdout).toContain('rows read 5,000, inserted 5,000, updated 0, unchanged 0, skipped 0, rejected 0');
    expect(run.code).toBe(0);

    const calls = read('pwc_call_center.csv');
    const answered = calls.filter((c) => c['answered (Y/N)'] === 'Y');
    const rated = calls.filter((c) => c['satisfaction rating'] !== '');
    const expected = {
      offered: calls.length,
      answered: answered.length,
      abandoned: calls.length - answered.length,
      wait_answered_s: sum(answered, 'speed of answer in seconds'),
      answered_within_sl: answered.filter((c) => Number(c['speed of answer in seconds']) <= 20).length,
      talk_s: sum(calls, 'talk duration'),
      handled: answered.length,
      resolved_first_contact: answered.filter((c) => c.resolved === 'Y').length,
    };
    const { rows: [kpi] } = await db.client.query(
      `SELECT sum(offered)::int AS offered, sum(answered)::int AS answered, sum(abandoned)::int AS abandoned, sum(wait_answered_s)::int AS wait_answered_s,
              sum(answered_within_sl)::int AS answered_within_sl, sum(talk_s)::int AS talk_s, sum(handled)::int AS handled,
              sum(resolved_first_contact)::int AS resolved_first_contact
       FROM kpi_daily WHERE org_id = $1`, [org.orgId]);
    expect(kpi).toEqual(expected);
    // The ratios a dashboard shows, from the stored sums, equal the ones from the raw CSV.
    expect(kpi.answered / kpi.offered).toBe(answered.length / calls.length); // answer rate 81.08 %
    expect(kpi.wait_answered_s / kpi.answered).toBe(sum(answered, 'speed of answer in seconds') / answered.length); // ASA
    expect(kpi.talk_s / kpi.handled).toBe(sum(answered, 'talk duration') / answered.length); // average talk

    // Calls per site-local day (Zurich) equal calls per date in the file: date + time were read right.
    const { rows: days } = await db.client.query(`SELECT local_date::text AS day, offered::int FROM kpi_daily WHERE org_id = $1 ORDER BY 1`, [org.orgId]);
    expect(Object.fromEntries(days.map((d) => [d.day, d.offered]))).toEqual(countBy(calls, (c) => pwcDate(c.date)));

    const { rows: [csat] } = await db.client.query(
      `SELECT sum(csat_n)::int AS n, sum(csat_top2)::int AS top2, sum(csat_sum)::int AS total FROM survey_daily WHERE org_id = $1`, [org.orgId]);
    expect(csat).toEqual({ n: rated.length, top2: rated.filter((c) => Number(c['satisfaction rating']) >= 4).length, total: sum(rated, 'satisfaction rating') });
    expect(csat.top2 / csat.n).toBe(2023 / 4054); // CSAT top-2-box 49.9 %, by hand from the file

    const again = await runCli(server, ['--kind', 'contacts', '--file', path.join(DATASETS, 'pwc_call_center.csv'), '--mapping', 'pwc-calls']);
    expect(again.stdout).toContain('inserted 0, updated 0, unchanged 5,000');
  });

  it('customer support tickets (surveys): ratings of closed tickets per channel and day equal the CSV', async () => {
    const run = await runCli(server, TICKETS_IMPORT);
    expect(run.stdout).toContain('rows read 8,469, inserted 2,769, updated 0, unchanged 0, skipped 5,700, rejected 0');
    expect(run.code).toBe(0);

    const tickets = read('customer_support_tickets.csv');
    const rated = tickets.filter((t) => t['Customer Satisfaction Rating'] !== '');
    const channel = (t: Row) => ({ Email: 'EMAIL', Phone: 'VOICE', Chat: 'CHAT', 'Social media': 'SOCIAL' })[t['Ticket Channel']]!;
    const expected: Record<string, { n: number; top2: number; total: number }> = {};
    for (const t of rated) {
      const e = (expected[channel(t)] ??= { n: 0, top2: 0, total: 0 });
      const stars = Number(t['Customer Satisfaction Rating']);
      e.n++;
      e.total += stars;
      if (stars >= 4) e.top2++;
    }
    const { rows } = await db.client.query(
      `SELECT channel, sum(csat_n)::int AS n, sum(csat_top2)::int AS top2, sum(csat_sum)::int AS total FROM survey_daily WHERE org_id = $1 AND site_id = $2 GROUP BY channel`,
      [org.orgId, org.sites.LIS]);
    expect(Object.fromEntries(rows.map(({ channel: c, ...r }) => [c, r]))).toEqual(expected);

    // Responses per Lisbon-local day equal ratings per resolution date (DD-MM-YYYY) in the file.
    const { rows: days } = await db.client.query(`SELECT local_date::text AS day, responses::int AS n FROM survey_daily WHERE org_id = $1 AND site_id = $2`, [org.orgId, org.sites.LIS]);
    const perDay: Record<string, number> = {};
    for (const d of days) perDay[d.day] = (perDay[d.day] ?? 0) + d.n;
    expect(perDay).toEqual(countBy(rated, (t) => {
      const [dd, mm, yyyy] = t['Time to Resolution'].slice(0, 10).split('-');
      return `${yyyy}-${mm}-${dd}`;
    }));
    await expectRollupsMatchRaw(db.client, org.orgId);
  });

  it('tickets without a rating are reported as rejected rows in partial mode (without --skip-empty)', async () => {
    const partial = TICKETS_IMPORT.filter((a, i, all) => a !== '--skip-empty' && all[i - 1] !== '--skip-empty');
    const run = await runCli(server, [...partial, '--mode', 'partial', '--dry-run']);
    expect(run.stdout).toMatch(/^PARTIAL \(dry run: nothing written\)/);
    expect(run.stdout).toContain('rows read 8,469, inserted 0, updated 0, unchanged 2,769, skipped 0, rejected 5,700');
    expect(run.stdout).toContain('line 2 csat: a survey response needs at least one answer: csat, nps, ces or resolved');
  });
});
