import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { expectRollupsMatchRaw, ImportOrg, orgHeader, seedImportOrg, upload } from './helpers';

const file = (...lines: string[]) => `${lines.join('\n')}\n`;
const SURVEYS = 'external_id,site,channel,program,responded_at,csat,comment';
const KPIS = 'site,channel,program,interval_start,offered,answered,abandoned';

/**
 * What the merge does with rows already stored, rows repeated within a file and
 * rows that move: new rows are inserted without a look at stored ones, and only
 * the others are compared, so these paths are checked one by one.
 */
describe('merge: new, repeated, changed and moved rows', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let org: ImportOrg;

  beforeAll(async () => {
    db = await createTestDatabase();
    org = await seedImportOrg(db.client, 'merge');
    server = await startServer({ DATABASE_URL: db.url });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const stored = async (externalId: string) =>
    (await db.client.query(
      `SELECT s.code AS site, to_char(r.responded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS at, r.csat, r.comment
       FROM survey_response r JOIN site s ON s.org_id = r.org_id AND s.id = r.site_id
       WHERE r.org_id = $1 AND r.external_id = $2`,
      [org.orgId, externalId],
    )).rows;

  it('within one file the last row of an external_id wins; the earlier ones count as unchanged', async () => {
    const res = await upload(server, 'surveys', file(SURVEYS,
      'd-1,LIS,VOICE,TELCO,2026-03-02T10:00:00Z,2,first',
      'd-2,LIS,VOICE,TELCO,2026-03-02T11:00:00Z,3,',
      'd-1,MNL,CHAT,TELCO,2026-03-03T10:00:00Z,5,last'), {}, orgHeader('merge'));
    expect(res.body.job).toMatchObject({ status: 'SUCCEEDED', rowsRead: 3, rowsInserted: 2, rowsUpdated: 0, rowsUnchanged: 1 });
    expect(await stored('d-1')).toEqual([{ site: 'MNL', at: '2026-03-03 10:00', csat: 5, comment: 'last' }]);
    await expectRollupsMatchRaw(db.client, org.orgId);
  });

  it('a file of stored, changed, moved, repeated and new rows: each counted once, the old days recomputed', async () => {
    const first = await upload(server, 'surveys', file(SURVEYS,
      'm-1,LIS,VOICE,TELCO,2026-03-05T10:00:00Z,4,',
      'm-2,LIS,VOICE,TELCO,2026-03-05T11:00:00Z,4,',
      'm-3,LIS,VOICE,TELCO,2026-03-05T12:00:00Z,4,'), {}, orgHeader('merge'));
    expect(first.body.job).toMatchObject({ rowsInserted: 3 });
    const res = await upload(server, 'surveys', file(SURVEYS,
      'm-1,LIS,VOICE,TELCO,2026-03-05T10:00:00Z,4,', // as stored
      'm-2,LIS,VOICE,TELCO,2026-03-05T11:00:00Z,1,', // changed
      'm-3,ZRH,EMAIL,TELCO,2026-03-09T12:00:00Z,4,', // moved to another site and day
      'm-4,LIS,VOICE,TELCO,2026-03-05T13:00:00Z,5,', // new, then repeated with a change
      'm-4,LIS,VOICE,TELCO,2026-03-05T13:00:00Z,3,'), {}, orgHeader('merge'));
    expect(res.body.job).toMatchObject({ status: 'SUCCEEDED', rowsRead: 5, rowsInserted: 1, rowsUpdated: 2, rowsUnchanged: 2 });
    expect(await stored('m-3')).toEqual([{ site: 'ZRH', at: '2026-03-09 12:00', csat: 4, comment: null }]);
    expect(await stored('m-4')).toEqual([{ site: 'LIS', at: '2026-03-05 13:00', csat: 3, comment: null }]);
    const { rows } = await db.client.query(
      `SELECT d.local_date::text AS day, d.responses::int, d.csat_sum::int FROM survey_daily d JOIN site s ON s.org_id = d.org_id AND s.id = d.site_id
       WHERE d.org_id = $1 AND s.code = 'LIS' AND d.local_date = '2026-03-05'`, [org.orgId]);
    expect(rows).toEqual([{ day: '2026-03-05', responses: 3, csat_sum: 4 + 1 + 3 }]);
    await expectRollupsMatchRaw(db.client, org.orgId);
  });

  it('GraphQL batches get the stored ids in input order, repeated inputs included', async () => {
    const res = await server.gql(
      `mutation($inputs: [SurveyResponseInput!]!) { recordSurveyResponses(inputs: $inputs) { inserted unchanged ids } }`,
      {
        inputs: [
          { externalId: 'g-1', site: 'LIS', channel: 'VOICE', program: 'TELCO', respondedAt: '2026-03-06T10:00:00Z', csat: 4 },
          { externalId: 'g-2', site: 'LIS', channel: 'VOICE', program: 'TELCO', respondedAt: '2026-03-06T11:00:00Z', csat: 4 },
          { externalId: 'g-1', site: 'LIS', channel: 'VOICE', program: 'TELCO', respondedAt: '2026-03-06T10:00:00Z', csat: 2 },
        ],
      },
      orgHeader('merge'),
    );
    expect(res.errors).toBeUndefined();
    const { inserted, unchanged, ids } = res.data.recordSurveyResponses as { inserted: number; unchanged: number; ids: string[] };
    expect({ inserted, unchanged }).toEqual({ inserted: 2, unchanged: 1 });
    expect(ids[0]).toBe(ids[2]);
    expect(ids[1]).not.toBe(ids[0]);
  });

  it('KPI intervals: a key repeated in a file keeps its last row; a re-import with a change updates it', async () => {
    const res = await upload(server, 'kpis', file(KPIS,
      'ZRH,VOICE,TELCO,2026-03-02 09:00,10,8,2',
      'ZRH,VOICE,TELCO,2026-03-02 09:30,10,9,1',
      'ZRH,VOICE,TELCO,2026-03-02 09:00,12,12,0'), {}, orgHeader('merge'));
    expect(res.body.job).toMatchObject({ status: 'SUCCEEDED', rowsRead: 3, rowsInserted: 2, rowsUpdated: 0, rowsUnchanged: 1 });
    const again = await upload(server, 'kpis', file(KPIS,
      'ZRH,VOICE,TELCO,2026-03-02 09:00,12,12,0',
      'ZRH,VOICE,TELCO,2026-03-02 09:30,11,9,2'), {}, orgHeader('merge'));
    expect(again.body.job).toMatchObject({ status: 'SUCCEEDED', rowsInserted: 0, rowsUpdated: 1, rowsUnchanged: 1 });
    const { rows } = await db.client.query(
      `SELECT to_char(interval_start AT TIME ZONE 'UTC', 'HH24:MI') AS at, offered, answered FROM kpi_interval WHERE org_id = $1 ORDER BY interval_start`,
      [org.orgId]);
    // 09:00 in Zurich in March is 08:00 UTC.
    expect(rows).toEqual([{ at: '08:00', offered: 12, answered: 12 }, { at: '08:30', offered: 11, answered: 9 }]);
    await expectRollupsMatchRaw(db.client, org.orgId);
  });

  it('local times of a site created by the import are read in its time zone', async () => {
    const res = await upload(server, 'surveys', file(SURVEYS, 'n-1,CEB,VOICE,TELCO,2026-03-02 10:00,4,'), {
      createMissing: 'true', siteDefaults: 'country=PH,timeZone=Asia/Manila',
    }, orgHeader('merge'));
    expect(res.body).toMatchObject({ job: { status: 'SUCCEEDED', rowsInserted: 1 }, createdSites: ['CEB'] });
    expect(await stored('n-1')).toEqual([{ site: 'CEB', at: '2026-03-02 02:00', csat: 4, comment: null }]);
    await expectRollupsMatchRaw(db.client, org.orgId);
  });
});
