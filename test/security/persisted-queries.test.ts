import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createCaller, Caller } from '../support/auth';
import { seedOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const ALLOWED = '{ sites { code } }';
const sha = (q: string) => createHash('sha256').update(q).digest('hex');

/** CXLENS_PERSISTED_QUERIES_FILE locks API tokens to an allow-list of documents. */
describe('persisted-query allow-list for API tokens', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let analyst: Caller;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cxlens-pq-')), 'allow.json');

  beforeAll(async () => {
    fs.writeFileSync(file, JSON.stringify({ [sha(ALLOWED)]: ALLOWED }));
    db = await createTestDatabase();
    const org = await seedOrg(db.client, 'pq', [{ code: 'S1', name: 'Site one', city: 'Lisbon', country: 'PT', timeZone: 'Europe/Lisbon' }]);
    server = await startServer({ DATABASE_URL: db.url, CXLENS_PERSISTED_QUERIES_FILE: file });
    analyst = await createCaller(db.client, server, org, 'ANALYST');
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('runs a listed document, by its text or by its hash alone', async () => {
    expect((await analyst.gql(ALLOWED)).data).toEqual({ sites: [{ code: 'S1' }] });
    const byHash = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...analyst.headers },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha(ALLOWED) } } }),
    });
    expect((await byHash.json()).data).toEqual({ sites: [{ code: 'S1' }] });
  });

  it('refuses any other document with a clear error', async () => {
    const res = await analyst.gql('{ sites { code name } }');
    expect(res.errors?.[0]).toMatchObject({ message: 'This query is not in the allow-list of persisted queries for API tokens.', extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' } });
    expect(res.data).toBeUndefined();
  });
});
