import { refreshDailyRollups } from '../rollups/rollup-refresh';
import { chunked } from './chunked';
import { INSERT_KPI_INTERVALS, INSERT_PROCESS_EVALUATIONS, INSERT_SURVEY_RESPONSES, type BulkInsert } from './demo-sql';
import { generateProcessEvaluations } from './evaluations';
import { generateKpiIntervals } from './kpis';
import { DEFAULT_DEMO_SEED } from './options';
import { DEMO_ORGANIZATION, DEMO_PROGRAMS, demoSiteProfiles } from './sites-catalog';
import { generateSurveyResponses } from './surveys';
import type { DemoOptions, OrganizationRow } from './types';

/**
 * Anything that runs SQL: a pg Client or PoolClient, a TypeORM QueryRunner, or
 * a TypeORM DataSource / pg Pool. BEGIN…COMMIT must reach one connection, so
 * for a DataSource (detected by createQueryRunner) or a pg Pool (detected by
 * connect + totalCount) the loader checks out one connection and releases it.
 */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

export interface LoadDemoOptions extends Partial<DemoOptions> {
  /** Another tenant for benchmarks; default the demo org. */
  organization?: OrganizationRow;
  chunkSize?: number;
  log?: (message: string) => void;
}

export interface DemoLoadResult {
  orgId: string;
  surveyResponses: number;
  processEvaluations: number;
  kpiIntervals: number;
  seconds: number;
}

/** Serialises concurrent first starts of several server processes on one database. */
const DEMO_LOCK_KEY = 0x63786c65;

const rowsOf = (result: any): any[] => (Array.isArray(result) ? result : result?.rows ?? []);

/** The start of today (UTC): demo data covers the days before it. */
export function todayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

async function withConnection<T>(db: Queryable, work: (conn: Queryable) => Promise<T>): Promise<T> {
  const source = db as any;
  if (typeof source.createQueryRunner === 'function') {
    const runner = source.createQueryRunner();
    try {
      return await work(runner);
    } finally {
      await runner.release();
    }
  }
  if (typeof source.connect === 'function' && 'totalCount' in source) {
    const client = await source.connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  }
  return work(db);
}

async function inTransaction<T>(conn: Queryable, work: () => Promise<T>): Promise<T> {
  await conn.query('BEGIN');
  try {
    const result = await work();
    await conn.query('COMMIT');
    return result;
  } catch (error) {
    await conn.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function insertRows<T>(conn: Queryable, orgId: string, insert: BulkInsert<T>, rows: Iterable<T>,
  chunkSize: number, log: (m: string) => void): Promise<number> {
  const started = Date.now();
  let inserted = 0;
  for (const chunk of chunked(rows, chunkSize)) {
    const [{ n }] = rowsOf(await conn.query(insert.sql, [orgId, ...insert.params(chunk)]));
    inserted += Number(n);
  }
  log(`demo: ${insert.table}: ${inserted.toLocaleString('en-US')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return inserted;
}

async function loadInto(conn: Queryable, options: LoadDemoOptions): Promise<DemoLoadResult> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const generation: DemoOptions = {
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    days: options.days,
    scale: options.scale,
    sites: options.sites,
    endDate: options.endDate ?? todayUtc(),
  };
  const chunkSize = options.chunkSize ?? 5000;
  const org = options.organization ?? DEMO_ORGANIZATION;
  const [{ id: orgId }] = rowsOf(await conn.query(
    `INSERT INTO organization (slug, name) VALUES ($1, $2)
     ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id::text AS id`, [org.slug, org.name]));
  await conn.query(`SET LOCAL app.org_id = ${Number(orgId)}`);
  await conn.query(
    `INSERT INTO program (org_id, code, name) SELECT $1::bigint, * FROM unnest($2::text[], $3::text[])
     ON CONFLICT (org_id, code) DO NOTHING`,
    [orgId, DEMO_PROGRAMS.map((p) => p.code), DEMO_PROGRAMS.map((p) => p.name)]);
  const sites = demoSiteProfiles(generation.seed, generation.sites);
  await conn.query(
    `INSERT INTO site (org_id, code, name, city, country, region, time_zone)
     SELECT $1::bigint, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
     ON CONFLICT (org_id, code) DO NOTHING`,
    [orgId, sites.map((s) => s.code), sites.map((s) => s.name), sites.map((s) => s.city),
      sites.map((s) => s.country), sites.map((s) => s.region), sites.map((s) => s.timeZone)]);
  log(`demo: organization "${org.name}" with ${DEMO_PROGRAMS.length} programs and ${sites.length} sites`);
  const insert = <T>(bulk: BulkInsert<T>, rows: Iterable<T>) => insertRows(conn, orgId, bulk, rows, chunkSize, log);
  const surveyResponses = await insert(INSERT_SURVEY_RESPONSES, generateSurveyResponses(generation));
  const processEvaluations = await insert(INSERT_PROCESS_EVALUATIONS, generateProcessEvaluations(generation));
  const kpiIntervals = await insert(INSERT_KPI_INTERVALS, generateKpiIntervals(generation));
  // Dashboards read the daily rollups: rebuild this org's in the same transaction, like any other writer.
  const rollupsStarted = Date.now();
  for (const fact of ['survey', 'evaluation', 'kpi'] as const) await refreshDailyRollups(conn, fact, orgId, 'ALL');
  log(`demo: daily rollups rebuilt in ${((Date.now() - rollupsStarted) / 1000).toFixed(1)} s`);
  return { orgId, surveyResponses, processEvaluations, kpiIntervals, seconds: (Date.now() - started) / 1000 };
}

/**
 * Loads (or tops up) a demo tenant in one transaction. Idempotent: the same
 * options insert nothing the second time (conflicts on external ids and KPI
 * interval keys are skipped). For benchmarks, pass a larger scale / sites.
 */
export async function loadDemo(db: Queryable, options: LoadDemoOptions = {}): Promise<DemoLoadResult> {
  return withConnection(db, (conn) => inTransaction(conn, () => loadInto(conn, options)));
}

/** At start-up: loads the demo tenant unless any organization exists (a second start adds nothing). */
export async function loadDemoIfEmpty(db: Queryable, scale: number, log: (m: string) => void): Promise<void> {
  await withConnection(db, (conn) => inTransaction(conn, async () => {
    await conn.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK_KEY]);
    const [{ present }] = rowsOf(await conn.query('SELECT EXISTS (SELECT 1 FROM organization) AS present'));
    if (present) {
      log('Demo data: an organization already exists; nothing loaded.');
      return;
    }
    log(`Demo data: loading (scale ${scale}) …`);
    const result = await loadInto(conn, { scale, log });
    const total = result.surveyResponses + result.processEvaluations + result.kpiIntervals;
    log(`Demo data: ${total.toLocaleString('en-US')} rows loaded in ${result.seconds.toFixed(1)} s.`);
  }));
}
