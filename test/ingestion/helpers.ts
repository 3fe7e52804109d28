import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { Client } from 'pg';
import { FACT_TABLES, Fact } from '../../server/src/rollups/fact-tables';
import { REPO_ROOT, RunningServer } from '../support/server-process';

export const SAMPLES = path.join(REPO_ROOT, 'docs/samples');
export const DATASETS = path.resolve(REPO_ROOT, '../shared/datasets');
const CLI = path.join(REPO_ROOT, 'server/dist/server/src/cli/import.js');

export interface ImportOrg {
  orgId: string;
  sites: Record<string, string>;
  programs: Record<string, string>;
}

/** An organisation shaped like the demo one (so docs/samples import as they are): LIS, MNL, ZRH; TELCO and BANK. */
export async function seedImportOrg(client: Client, slug: string, programs = ['TELCO', 'BANK']): Promise<ImportOrg> {
  const { rows } = await client.query(`INSERT INTO organization (slug, name) VALUES ($1, $1) RETURNING id`, [slug]);
  const orgId = rows[0].id as string;
  const org: ImportOrg = { orgId, sites: {}, programs: {} };
  for (const code of programs) {
    const r = await client.query(`INSERT INTO program (org_id, code, name) VALUES ($1, $2, $3) RETURNING id`, [orgId, code, `${code} program`]);
    org.programs[code] = r.rows[0].id;
  }
  for (const [code, name, city, country, tz] of [
    ['LIS', 'Lisbon Oriente', 'Lisbon', 'PT', 'Europe/Lisbon'],
    ['MNL', 'Manila Ortigas', 'Manila', 'PH', 'Asia/Manila'],
    ['ZRH', 'Zurich Oerlikon', 'Zurich', 'CH', 'Europe/Zurich'],
  ]) {
    const r = await client.query(
      `INSERT INTO site (org_id, code, name, city, country, time_zone) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [orgId, code, name, city, country, tz],
    );
    org.sites[code] = r.rows[0].id;
  }
  return org;
}

export interface UploadResult {
  status: number;
  body: any;
}

/** POST /api/imports/:kind with the body as given. */
export async function upload(
  server: RunningServer,
  kind: string,
  body: string | Buffer,
  query: Record<string, string | string[]> = {},
  headers: Record<string, string> = {},
): Promise<UploadResult> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const one of [v].flat()) params.append(k, one);
  const res = await fetch(`${server.url}/api/imports/${kind}?${params}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', ...(await asCaller(server, headers)) },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Headers as an admin of the organisation an `x-cxlens-org` header names (or the default one);
 * headers that carry their own credentials are sent as given.
 */
async function asCaller(server: RunningServer, headers: Record<string, string>): Promise<Record<string, string>> {
  if (headers.authorization || headers.cookie) return headers;
  const { 'x-cxlens-org': slug, ...rest } = headers;
  return { ...rest, ...(await server.authHeaders(slug)) };
}

/** Runs `npm run import -- …` (the built CLI) against the test server; `--org <slug>` becomes that org's API token. */
export async function runCli(server: RunningServer, args: string[]): Promise<CliResult> {
  const orgAt = args.indexOf('--org');
  const slug = orgAt >= 0 ? args[orgAt + 1] : undefined;
  const rest = orgAt >= 0 ? [...args.slice(0, orgAt), ...args.slice(orgAt + 2)] : args;
  const bearer = (await server.authHeaders(slug)).authorization?.replace('Bearer ', '');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, '--url', server.url, ...(bearer ? ['--token', bearer] : []), ...rest], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Counts of a fact table for one org. */
export async function count(client: Client, table: string, orgId: string): Promise<number> {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${table} WHERE org_id = $1`, [orgId]);
  return rows[0].n;
}

/**
 * The daily rollups of an organisation equal a GROUP BY over its raw facts,
 * row for row (the import refreshes them in its own transaction).
 */
export async function rollupsVersusRaw(client: Client, orgId: string, fact: Fact): Promise<{ rollup: unknown[]; raw: unknown[] }> {
  const { table, time, rollup, parts } = FACT_TABLES[fact];
  const names = Object.keys(parts);
  const cast = (n: string) => `${n}::numeric::text AS ${n}`;
  const stored = await client.query(
    `SELECT site_id, channel, program_id, local_date::text, ${names.map(cast).join(', ')}
     FROM ${rollup} WHERE org_id = $1 ORDER BY 1, 2, 3, 4`,
    [orgId],
  );
  const recomputed = await client.query(
    `SELECT site_id, channel, program_id, local_date::text, ${names.map(cast).join(', ')} FROM (
       SELECT f.site_id, f.channel, f.program_id, (f.${time} AT TIME ZONE s.time_zone)::date AS local_date,
              ${names.map((n) => `${parts[n]} AS ${n}`).join(', ')}
       FROM ${table} f JOIN site s ON s.org_id = f.org_id AND s.id = f.site_id
       WHERE f.org_id = $1
       GROUP BY 1, 2, 3, 4) x
     ORDER BY 1, 2, 3, 4`,
    [orgId],
  );
  return { rollup: stored.rows, raw: recomputed.rows };
}

export async function expectRollupsMatchRaw(client: Client, orgId: string): Promise<void> {
  for (const fact of Object.keys(FACT_TABLES) as Fact[]) {
    const { rollup, raw } = await rollupsVersusRaw(client, orgId, fact);
    expect({ fact, rows: rollup }).toEqual({ fact, rows: raw });
  }
}

export const orgHeader = (slug: string) => ({ 'x-cxlens-org': slug });
