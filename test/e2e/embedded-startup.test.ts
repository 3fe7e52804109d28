import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { RunningServer, startServer } from '../support/server-process';

/** `npm start` without DATABASE_URL: embedded PostgreSQL, demo data, reuse on restart, clean stop, lock detection. */
describe('embedded start-up', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cxlens-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  const env = { DATABASE_URL: undefined, CXLENS_DATA_DIR: dataDir, CXLENS_DEMO: 'auto', CXLENS_DEMO_SCALE: '0.05' };
  let server: RunningServer | undefined;
  let firstCounts: Record<string, number>;

  afterAll(async () => {
    await server?.stop('SIGINT');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function counts(s: RunningServer): Promise<Record<string, number>> {
    const port = /Embedded PostgreSQL listening on 127\.0\.0\.1:(\d+)/.exec(s.output())![1];
    const { password } = JSON.parse(fs.readFileSync(path.join(dataDir, 'pg-credentials.json'), 'utf8'));
    const client = new Client({ host: '127.0.0.1', port: Number(port), user: 'cxlens', password, database: 'cxlens' });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT
        (SELECT count(*) FROM organization)::int AS orgs, (SELECT count(*) FROM site)::int AS sites,
        (SELECT count(*) FROM survey_response)::int AS responses, (SELECT count(*) FROM process_evaluation)::int AS evaluations,
        (SELECT count(*) FROM kpi_interval)::int AS kpis`);
      return rows[0];
    } finally {
      await client.end();
    }
  }

  function postgresRunningOn(dir: string): boolean {
    const out = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    return out.split('\n').some((line) => line.includes('postgres') && line.includes(dir));
  }

  it('starts PostgreSQL, loads the demo once, serves dashboard, API and health on one port', async () => {
    server = await startServer(env);
    expect(server.output()).toMatch(/Dashboard: http:\/\/localhost:\d+\/ {3}API: http:\/\/localhost:\d+\/graphql/);

    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const page = await fetch(`${server.url}/sites`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    const sites = await server.gql(`{ sites { code city timeZone } }`);
    expect(sites.data.sites.length).toBeGreaterThanOrEqual(6);
    expect(new Set(sites.data.sites.map((s: { timeZone: string }) => s.timeZone)).size).toBeGreaterThanOrEqual(5);

    const first = await counts(server);
    expect(first.orgs).toBe(1);
    expect(first.responses).toBeGreaterThan(1000);
    expect(first.evaluations).toBeGreaterThan(100);
    expect(first.kpis).toBeGreaterThan(1000);
    firstCounts = first;
  });

  it('refuses a second instance on the same data directory with a clear error', async () => {
    await expect(startServer(env, 60_000)).rejects.toThrow(/in use by another running PostgreSQL \(pid \d+\)/);
  });

  it('stops PostgreSQL cleanly on Ctrl-C (SIGINT)', async () => {
    const code = await server!.stop('SIGINT');
    expect(code).toBe(0);
    expect(server!.output()).toContain('Stopped cleanly.');
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(postgresRunningOn(dataDir)).toBe(false);
    server = undefined;
  });

  it('reuses the data on the next start, adding no duplicate demo data', async () => {
    server = await startServer(env);
    expect(server.output()).toMatch(/Demo data: an organization already exists; nothing loaded/);
    expect(await counts(server)).toEqual(firstCounts);
  });
});
