import fc from 'fast-check';
import { createCaller, Caller } from '../support/auth';
import { seedOrg } from '../support/seed';
import { RunningServer, startServer } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const FIELDS = ['sites', 'programs', 'channels', 'organization', 'responses', 'evaluations', 'kpiIntervals', 'metrics', 'summary', 'siteRanking', 'vopVsVoc', 'drivers', 'metricDefinitions', 'importJobs', 'me', 'auditLog', '__schema', '__type'];
const ARGS = ['filter', 'first', 'after', 'measures', 'groupBy', 'granularity', 'compareTo', 'measure', 'id', 'unit', 'input'];
const VALUES = ['1', '-1', '0', '"x"', 'null', 'true', '[]', '{}', '[CSAT]', 'SITE', '{ from: "2026-01-01", to: "2026-02-01" }', '"\'; DROP TABLE site; --"', '99999999999999999999', '$v', '"\\u0000"', '1e309'];

/** Random, often malformed documents: none may produce a 500 or leak internals. */
const documents = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom('{', '}', '(', ')', ':', '$', '@', '...', 'query', 'mutation', 'fragment', 'on', ',', '"', ...FIELDS, ...ARGS, ...VALUES), { maxLength: 40 }).map((t) => t.join(' ')),
  fc.tuple(fc.constantFrom(...FIELDS), fc.array(fc.tuple(fc.constantFrom(...ARGS), fc.constantFrom(...VALUES)), { maxLength: 4 }), fc.constantFrom('id', 'name', '__typename', 'edges { cursor }', 'rows { cells { value } }', 'x'))
    .map(([field, args, sel]) => `{ ${field}${args.length ? `(${args.map(([a, v]) => `${a}: ${v}`).join(', ')})` : ''} { ${sel} } }`),
);
const variables = fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.constantFrom('v', 'f', 'first'), fc.jsonValue({ maxDepth: 2 })));

describe('GraphQL fuzzing', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let caller: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    const org = await seedOrg(db.client, 'fuzz', [{ code: 'S1', name: 'Site one', city: 'Lisbon', country: 'PT', timeZone: 'Europe/Lisbon' }]);
    server = await startServer({ DATABASE_URL: db.url, CXLENS_RATE_LIMIT_PER_MINUTE: '100000' });
    caller = await createCaller(db.client, server, org, 'ADMIN');
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('answers 3,000 random documents without a 500 or internals', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(documents, variables, async (query, vars) => {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...caller.headers },
          body: JSON.stringify({ query, variables: vars }),
        });
        seen.add(res.status);
        const text = await res.text();
        return res.status < 500 && !/stacktrace|node_modules|QueryFailedError|at [\w.]+ \(|syntax error at or near|relation "/.test(text);
      }),
      { numRuns: 3000, seed: 20261128 },
    );
    expect([...seen].every((s) => s < 500)).toBe(true);
  });

  it('survives malformed HTTP bodies too', async () => {
    for (const body of ['{', 'null', '[]', '{"query": 1}', '{"query": "{ sites { name } }", "variables": "x"}', 'x'.repeat(10000)]) {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...caller.headers }, body });
      expect(res.status).toBeLessThan(500);
    }
  });
});
