import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client, Pool } from 'pg';
import { ApiClient, GraphqlError, parseGraphql, type ImportResult } from './api-client';
import { planDataset, writeDataset, type DataFile } from './dataset';
import { latencyStats, measureLatency, measureThroughput, timed } from './measure';
import { BenchUsageError, parseBenchArgs, USAGE, type BenchOptions } from './options';
import {
  apiCsatN, baselineQueries, dashboardQueries, responsesCountQuery, sumOfN, windowsEndingOn, type QueryId,
} from './queries';
import {
  appendToBenchmarks, renderMarkdown, targetsOf, type BaselineFigures, type BenchResult, type CommitByCommit, type Consistency,
  type DuringImportQuery, type KindImport, type QueryFigures,
} from './report';
import { readMemory, RssSampler, startServer, type RunningServer } from './server-process';

/**
 * `npm run bench`: dataset → fresh server → imports over HTTP → dashboard queries → throughput →
 * raw-SQL baseline → queries under a concurrent import → small imports commit by commit → one JSON
 * document on stdout (and a section of BENCHMARKS.md).
 */

const REPO_ROOT = path.resolve(__dirname, '../../../../..');
const MAIN_JS = path.resolve(__dirname, '../main.js');
const started = Date.now();
/** Stops the server and removes the work dir when the run is interrupted. */
let onInterrupt: (() => Promise<void>) | null = null;

function log(message: string): void {
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const mb = (m: { rssMB: number } | null) => (m ? round(m.rssMB) : null);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function gitCommit(): BenchResult['commit'] {
  try {
    const id = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { id, uncommittedChanges: status.trim().length > 0 };
  } catch {
    return { id: null, uncommittedChanges: null };
  }
}

function prepareWorkDir(o: BenchOptions): { dir: string; created: boolean } {
  if (o.workDir) {
    const dir = path.resolve(o.workDir);
    for (const sub of ['csv', 'data']) {
      if (fs.existsSync(path.join(dir, sub))) throw new BenchUsageError(`${path.join(dir, sub)} exists (an earlier run?): remove it or choose another --work-dir`);
    }
    fs.mkdirSync(dir, { recursive: true });
    return { dir, created: false };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cxlens-bench-'));
  // As root, the embedded PostgreSQL runs as 'postgres', which must be able to enter the data dir.
  fs.chmodSync(dir, 0o755);
  return { dir, created: true };
}

async function setUpOrganisation(api: ApiClient, sites: { code: string; name: string; city: string; country: string; region: string; timeZone: string }[],
  programs: readonly { code: string; name: string }[]): Promise<string> {
  const existing = await api.graphql<{ organization: { id: string }; sites: { code: string }[]; programs: { code: string }[] }>(
    '{ organization { id } sites { code } programs { code } }');
  const haveSites = new Set(existing.sites.map((s) => s.code));
  const havePrograms = new Set(existing.programs.map((p) => p.code));
  for (const p of programs) {
    if (!havePrograms.has(p.code)) await api.graphql('mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }', { input: { code: p.code, name: p.name } });
  }
  for (const s of sites) {
    if (!haveSites.has(s.code)) await api.graphql('mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }', { input: s });
  }
  return existing.organization.id;
}

async function importKind(api: ApiClient, pid: number, kind: 'surveys' | 'evaluations' | 'kpis', files: DataFile[]): Promise<KindImport> {
  const sampler = new RssSampler(pid);
  sampler.start();
  const results: ImportResult[] = [];
  for (const file of files) {
    const r = await api.importFile(kind, file.path, file.rows);
    if (r.job.status !== 'SUCCEEDED') {
      sampler.stop();
      throw new Error(`import of ${path.basename(file.path)} ended ${r.job.status}: ${r.job.errorSummary ?? ''}`);
    }
    results.push(r);
    log(`  ${kind} ${path.basename(file.path)}: ${r.rows.toLocaleString('en')} rows in ${r.seconds.toFixed(1)} s ` +
      `(${Math.round(r.rows / r.seconds).toLocaleString('en')} rows/s), inserted ${r.job.rowsInserted.toLocaleString('en')}, RSS ${mb(readMemory(pid))} MB`);
  }
  const rss = sampler.stop();
  const rows = results.reduce((s, r) => s + r.rows, 0);
  const bytes = results.reduce((s, r) => s + r.bytes, 0);
  const seconds = results.reduce((s, r) => s + r.seconds, 0);
  return {
    files: files.length,
    rows,
    inserted: results.reduce((s, r) => s + r.job.rowsInserted, 0),
    bytes,
    seconds: round(seconds, 2),
    rowsPerSecond: Math.round(rows / Math.max(seconds, 1e-9)),
    mbPerSecond: round(bytes / 1e6 / Math.max(seconds, 1e-9), 2),
    jobSeconds: round(results.reduce((s, r) => s + (r.job.durationMs ?? 0), 0) / 1000, 2),
    fileSeconds: results.map((r) => round(r.seconds, 2)),
    peakRssMB: round(rss.peakMB),
  };
}

async function postgresInfo(ownerUrl: string, embedded: boolean): Promise<BenchResult['machine']['postgres']> {
  const c = new Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const version = (await c.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
    const settings: Record<string, string> = {};
    for (const name of ['shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'jit']) {
      settings[name] = (await c.query<Record<string, string>>(`SHOW ${name}`)).rows[0][name];
    }
    return { version, embedded, settings };
  } finally {
    await c.end();
  }
}

async function vacuumAnalyze(ownerUrl: string): Promise<number> {
  const c = new Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const { ms } = await timed(() => c.query('VACUUM (ANALYZE)'));
    return round(ms / 1000, 2);
  } finally {
    await c.end();
  }
}

async function runBench(o: BenchOptions, command: string): Promise<BenchResult> {
  const loadAtStart = os.loadavg()[0];
  const plan = planDataset(o, log);
  const work = prepareWorkDir(o);
  const csvDir = path.join(work.dir, 'csv');
  fs.mkdirSync(csvDir, { recursive: true });
  log(`work dir ${work.dir}`);
  let server: RunningServer | null = null;
  let pool: Pool | null = null;
  let cleaned = false;
  const cleanUp = async () => {
    if (cleaned) return;
    cleaned = true;
    if (pool) await pool.end().catch(() => undefined);
    const embeddedRoot = server?.embeddedDataRoot;
    if (server) {
      log('stopping the server');
      await server.stop();
    }
    if (o.keep) {
      log(`kept ${work.dir}`);
      return;
    }
    fs.rmSync(csvDir, { recursive: true, force: true });
    fs.rmSync(path.join(work.dir, 'data'), { recursive: true, force: true });
    // The server moves an embedded cluster out of a dir the 'postgres' user cannot enter.
    if (embeddedRoot && !embeddedRoot.startsWith(work.dir)) fs.rmSync(embeddedRoot, { recursive: true, force: true });
    if (work.created) fs.rmSync(work.dir, { recursive: true, force: true });
  };
  onInterrupt = cleanUp;
  /** What has been measured so far, logged if a later phase fails (a long run should not lose it all). */
  const partial: Record<string, unknown> = {};
  try {
    const dataset = await writeDataset(o, plan, csvDir, log);
    log('starting the server');
    server = await startServer({
      mainJs: MAIN_JS, dataDir: path.join(work.dir, 'data'), databaseUrl: o.databaseUrl, adminEmail: o.adminEmail, adminPassword: o.adminPassword,
    }, log);
    const pid = server.pid;
    log(`server pid ${pid} at ${server.baseUrl}, up in ${server.startSeconds.toFixed(1)} s`);
    const api = await ApiClient.signIn(server.baseUrl, o.adminEmail, o.adminPassword);
    // The response cache answers repeated queries from memory; the same queries are also measured without it.
    const uncachedApi = api.withHeaders({ 'cache-control': 'no-cache' });
    const postgres = await postgresInfo(server.ownerUrl, server.embedded);
    const orgId = await setUpOrganisation(api, plan.sites, plan.programs);
    await sleep(1000);
    const rssAtStart = readMemory(pid);
    log(`organisation ${orgId}: ${plan.sites.length} sites, ${plan.programs.length} programs; RSS ${mb(rssAtStart)} MB`);

    // ---- Imports, through the product's own HTTP path, one file at a time.
    const imports: Record<'surveys' | 'evaluations' | 'kpis', KindImport> = {} as never;
    for (const kind of ['surveys', 'evaluations', 'kpis'] as const) {
      log(`importing ${kind}`);
      imports[kind] = await importKind(api, pid, kind, dataset[kind]);
      const k = imports[kind];
      log(`${kind}: ${k.rows.toLocaleString('en')} rows in ${k.seconds} s = ${k.rowsPerSecond.toLocaleString('en')} rows/s, peak RSS ${k.peakRssMB} MB`);
    }
    partial.import = imports;
    let vacuumSeconds: number | null = null;
    if (o.vacuum) {
      log('VACUUM (ANALYZE): the settled state autovacuum reaches a while after big imports');
      vacuumSeconds = await vacuumAnalyze(server.ownerUrl);
    }
    await sleep(2000);
    const rssIdle = readMemory(pid);

    // ---- The dashboard's queries: one checked call each, then the measured runs.
    const windows = windowsEndingOn(plan.lastDay);
    const queries = dashboardQueries(windows);
    const apiN: Partial<Record<QueryId, number | null>> = {};
    const figures = {} as Record<QueryId, QueryFigures>;
    for (const q of queries) {
      const sampler = new RssSampler(pid);
      try {
        const res = await api.post(q.body);
        apiN[q.id] = apiCsatN(q.id, parseGraphql<Record<string, unknown>>(res));
        sampler.start();
        const stats = await measureLatency(() => api.post(q.body), o.warmup, o.runs, (r) => parseGraphql(r));
        const peakRssMB = round(sampler.stop().peakMB);
        const uncached = await measureLatency(() => uncachedApi.post(q.body), o.warmup, o.runs, (r) => parseGraphql(r));
        figures[q.id] = {
          name: q.name, description: q.description, ...stats, responseBytes: Buffer.byteLength(res.text), contentEncoding: res.contentEncoding,
          wireBytes: res.contentLength, peakRssMB, error: null, uncached,
        };
        log(`(${q.id}) ${q.name}: p50 ${stats.p50} ms, p95 ${stats.p95} ms, p99 ${stats.p99} ms; uncached p50 ${uncached.p50} ms, p95 ${uncached.p95} ms ` +
          `(${(Buffer.byteLength(res.text) / 1024).toFixed(1)} KB; server peak RSS ${peakRssMB} MB)`);
      } catch (error) {
        // An answer with errors is a finding, not the end of the run (a dead server is: fetch throws something else).
        if (!(error instanceof GraphqlError)) throw error;
        sampler.stop();
        figures[q.id] = {
          name: q.name, description: q.description, ...latencyStats([]), responseBytes: 0, contentEncoding: null, wireBytes: null, peakRssMB: NaN,
          error: error.message, uncached: null,
        };
        log(`(${q.id}) ${q.name} FAILED: ${error.message}`);
      }
    }
    partial.queries = figures;

    log(`throughput of (a): ${o.concurrency} clients for ${o.throughputSeconds} s`);
    const a = queries.find((q) => q.id === 'a')!;
    const throughputSampler = new RssSampler(pid);
    throughputSampler.start();
    const throughput = await measureThroughput(async () => {
      const r = await api.post(a.body);
      return r.status === 200 && !r.text.startsWith('{"errors"');
    }, o.concurrency, o.throughputSeconds);
    const throughputPeakRss = round(throughputSampler.stop().peakMB);
    partial.throughput = throughput;
    log(`throughput: ${throughput.requestsPerSecond} requests/s, p95 ${throughput.latency.p95} ms, ${throughput.errors} errors`);
    const throughputUncached = await measureThroughput(async () => {
      const r = await uncachedApi.post(a.body);
      return r.status === 200 && !r.text.startsWith('{"errors"');
    }, o.concurrency, o.throughputSeconds);
    log(`throughput without the response cache: ${throughputUncached.requestsPerSecond} requests/s, p95 ${throughputUncached.latency.p95} ms`);

    // ---- The naive baseline: the same figures by plain SQL on the fact tables, as the database owner.
    pool = new Pool({ connectionString: server.ownerUrl, max: 4 });
    pool.on('error', () => undefined); // an idle client losing its server at shutdown
    const rawBaseline: Partial<Record<QueryId, BaselineFigures>> = {};
    for (const b of baselineQueries(orgId, windows)) {
      const runOnce = () => Promise.all(b.statements.map((s) => pool!.query(s.sql, s.params)));
      const first = await runOnce();
      const rawN = b.csatN(first.map((r) => r.rows));
      const stats = await measureLatency(runOnce, 0, o.baselineRuns);
      const api = figures[b.id];
      rawBaseline[b.id] = {
        ...stats, apiP50: api.p50, apiP95: api.p95,
        speedupP50: round(stats.p50 / api.p50, 2), speedupP95: round(stats.p95 / api.p95, 2),
        uncachedP95: api.uncached?.p95 ?? NaN, speedupP95Uncached: round(stats.p95 / (api.uncached?.p95 ?? NaN), 2),
        csatN: { raw: rawN, api: apiN[b.id] ?? null, equal: rawN === apiN[b.id] },
      };
      log(`raw SQL (${b.id}): p50 ${stats.p50} ms, p95 ${stats.p95} ms` + (api.error
        ? ` (the API query failed: no ratio)`
        : ` → API ${rawBaseline[b.id]!.speedupP95}× faster (p95); CSAT n raw ${rawN} / API ${apiN[b.id]}`));
    }

    partial.rawBaseline = rawBaseline;

    // ---- (a)-(c) while another import runs, and whether any answer saw part of it.
    log(`(a)-(c) during a ${dataset.concurrent.rows.toLocaleString('en')}-row survey import`);
    // Uncached, so the figures show the database under the import's load (the import commits once, at its end).
    const during = await measureDuringImport(uncachedApi, pid, dataset.concurrent, queries.filter((q) => ['a', 'b', 'c'].includes(q.id) && !figures[q.id].error),
      responsesCountQuery(plan.firstDay, plan.lastDay), figures);
    log(`during import: ${during.rowsPerSecond.toLocaleString('en')} rows/s; ${during.consistency.observations} answers, ` +
      `${during.consistency.inconsistent} inconsistent; p95 ${Object.entries(during.queries).map(([id, q]) => `(${id}) ${q!.p95} ms`).join(', ')}`);
    partial.duringImport = during;

    let byCommit: CommitByCommit | null = null;
    if (dataset.consistency.length) {
      log(`(a)-(c) during ${dataset.consistency.length} small imports, commit by commit`);
      byCommit = await measureCommitByCommit(api, dataset.consistency, queries.filter((q) => ['a', 'b', 'c'].includes(q.id) && !figures[q.id].error),
        responsesCountQuery(plan.firstDay, plan.lastDay));
      log(`commit by commit: ${byCommit.observations} answers, ${byCommit.inconsistent} saw part of an import` +
        (byCommit.inconsistentAnswers.length ? ` (${[...new Set(byCommit.inconsistentAnswers.map((x) => `(${x.query})`))].join(', ')})` : ''));
    }

    await sleep(1000);
    const rssEnd = readMemory(pid);
    const result: Omit<BenchResult, 'targets' | 'totalSeconds'> = {
      benchmark: 'cxlens npm run bench (issue 8)',
      date: new Date().toISOString(),
      command,
      mode: o.mode,
      commit: gitCommit(),
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryGB: round(os.totalmem() / 1024 ** 3),
        os: `${os.type()} ${os.release()}`,
        node: process.versions.node,
        loadAverage: { start: round(loadAtStart, 2), end: round(os.loadavg()[0], 2) },
        postgres,
      },
      settings: {
        runs: o.runs, warmup: o.warmup, baselineRuns: o.baselineRuns, concurrency: o.concurrency,
        throughputSeconds: o.throughputSeconds, chunkRows: o.chunkRows, seed: o.seed, endDate: o.endDate,
      },
      scale: {
        requested: { responses: o.responses, sites: o.sites, days: o.days, kpiIntervals: o.kpiIntervals },
        actual: {
          responses: imports.surveys.rows, evaluations: imports.evaluations.rows, kpiIntervals: imports.kpis.rows,
          sites: plan.sites.length, programs: plan.programs.length, firstDay: plan.firstDay, lastDay: plan.lastDay,
        },
        generator: {
          surveyScale: round(plan.surveyScale, 4), kpiNaturalRows: plan.kpi.natural, kpiSeries: plan.kpi.series,
          kpiSeriesLeftOut: plan.kpi.droppedSeries, kpiSeriesAt15Minutes: plan.kpi.splitSeries,
        },
      },
      dataset: {
        planSeconds: round(plan.planSeconds), writeSeconds: round(dataset.writeSeconds),
        bytes: [...dataset.surveys, ...dataset.evaluations, ...dataset.kpis].reduce((s, f) => s + f.bytes, 0),
      },
      server: {
        startSeconds: round(server.startSeconds), rssAtStartMB: mb(rssAtStart), rssIdleAfterImportsMB: mb(rssIdle),
        rssAtEndMB: mb(rssEnd), peakRssMB: rssEnd ? round(rssEnd.hwmMB) : null, stopExitCode: null,
      },
      import: { ...imports, vacuumAnalyzeSeconds: vacuumSeconds },
      queries: figures,
      throughput: { query: 'a', ...throughput, peakRssMB: throughputPeakRss },
      throughputUncached: { query: 'a', ...throughputUncached },
      duringImport: during,
      consistencyByCommit: byCommit,
      rawBaseline,
    };
    // VmHWM was reset per phase; the lifetime peak is the largest phase peak.
    const phasePeaks = [...Object.values(imports).map((k) => k.peakRssMB), ...Object.values(figures).map((q) => q.peakRssMB), throughputPeakRss, during.peakRssMB];
    result.server.peakRssMB = round(Math.max(result.server.peakRssMB ?? 0, ...phasePeaks.filter((x) => Number.isFinite(x))));

    await pool.end();
    pool = null;
    log('stopping the server');
    const stopping = server;
    server = null;
    result.server.stopExitCode = await stopping.stop();
    return { ...result, targets: { atTargetScale: o.mode === 'default', list: targetsOf(result) }, totalSeconds: round((Date.now() - started) / 1000) };
  } catch (error) {
    if (Object.keys(partial).length) log(`failed; the figures measured so far:\n${JSON.stringify(partial, null, 2)}`);
    throw error;
  } finally {
    await cleanUp();
    onInterrupt = null;
  }
}

interface Probe {
  id: string;
  body: string;
}

interface Observation {
  id: string;
  ms: number;
  /** Sum of the answer's sample sizes. */
  n: number;
  /** When it was sent, seconds after the import started. */
  at: number;
}

type Tally = Pick<Consistency, 'observations' | 'sawNone' | 'sawAll' | 'inconsistent' | 'inconsistentAnswers'>;

async function snapshotOf(api: ApiClient, probes: Probe[]): Promise<Map<string, number>> {
  const m = new Map<string, number>();
  for (const q of probes) m.set(q.id, sumOfN(parseGraphql(await api.post(q.body))));
  return m;
}

/** One import while one client sends the probes in turn until the import has answered. */
async function importWhileQuerying(api: ApiClient, file: DataFile, probes: Probe[]): Promise<{ imported: ImportResult; observations: Observation[] }> {
  let done = false;
  const importing = api.importFile('surveys', file.path, file.rows);
  importing.then(() => (done = true), () => (done = true));
  const startedAt = Date.now();
  const observations: Observation[] = [];
  while (!done) {
    for (const q of probes) {
      if (done) break;
      const at = (Date.now() - startedAt) / 1000;
      const { ms, result } = await timed(() => api.post(q.body));
      observations.push({ id: q.id, ms, n: sumOfN(parseGraphql(result)), at });
    }
  }
  const imported = await importing;
  if (imported.job.status !== 'SUCCEEDED') throw new Error(`the import of ${path.basename(file.path)} ended ${imported.job.status}: ${imported.job.errorSummary ?? ''}`);
  return { imported, observations };
}

/** Each answer must be the state before the import or the state after it. */
function tally(into: Tally, observations: Observation[], before: Map<string, number>, after: Map<string, number>): void {
  for (const o of observations) {
    into.observations++;
    if (o.n === before.get(o.id)) into.sawNone++;
    else if (o.n === after.get(o.id)) into.sawAll++;
    else {
      into.inconsistent++;
      if (into.inconsistentAnswers.length < 10) {
        into.inconsistentAnswers.push({ query: o.id, sumOfN: o.n, before: before.get(o.id)!, after: after.get(o.id)!, atSecond: round(o.at, 2) });
      }
    }
  }
}

const emptyTally = (): Tally => ({ observations: 0, sawNone: 0, sawAll: 0, inconsistent: 0, inconsistentAnswers: [] });

async function measureDuringImport(api: ApiClient, pid: number, file: DataFile, queries: { id: QueryId; body: string }[], probeBody: string,
  idle: Record<QueryId, QueryFigures>): Promise<BenchResult['duringImport']> {
  const probes: Probe[] = [...queries, { id: 'probe', body: probeBody }];
  const before = await snapshotOf(api, probes);
  const rssBefore = readMemory(pid);
  const sampler = new RssSampler(pid);
  sampler.start();
  const { imported, observations } = await importWhileQuerying(api, file, probes);
  const rss = sampler.stop();
  const after = await snapshotOf(api, probes);
  const t = emptyTally();
  tally(t, observations, before, after);
  const responsesBefore = before.get('probe')!;
  const responsesAfter = after.get('probe')!;
  const consistency: Consistency = {
    ...t, responsesBefore, responsesAfter, importInserted: imported.job.rowsInserted,
    consistent: t.inconsistent === 0 && responsesAfter - responsesBefore === imported.job.rowsInserted,
  };
  const perQuery: Partial<Record<QueryId, DuringImportQuery>> = {};
  for (const q of queries) {
    const stats = latencyStats(observations.filter((o) => o.id === q.id).map((o) => o.ms));
    const idleP95 = idle[q.id].uncached?.p95 ?? idle[q.id].p95;
    perQuery[q.id] = { ...stats, idleP95, p95VsIdle: round(stats.p95 / idleP95, 2) };
  }
  return {
    rows: imported.rows,
    seconds: round(imported.seconds, 2),
    rowsPerSecond: Math.round(imported.rows / imported.seconds),
    rssBeforeMB: mb(rssBefore),
    peakRssMB: round(rss.peakMB),
    queries: perQuery,
    consistency,
  };
}

/**
 * A torn read shows only in an answer computed while a commit lands, and one big import commits once: small imports
 * of the last week's responses, one after another, give as many commits (and change every query's answer).
 */
async function measureCommitByCommit(api: ApiClient, files: DataFile[], queries: Probe[], probeBody: string): Promise<CommitByCommit> {
  const probes: Probe[] = [...queries, { id: 'probe', body: probeBody }];
  const t = emptyTally();
  const started = Date.now();
  let before = await snapshotOf(api, probes);
  let rows = 0;
  let countsAddUp = true;
  for (const file of files) {
    const { imported, observations } = await importWhileQuerying(api, file, probes);
    const after = await snapshotOf(api, probes);
    tally(t, observations, before, after);
    if (after.get('probe')! - before.get('probe')! !== imported.job.rowsInserted) countsAddUp = false;
    rows += imported.rows;
    before = after;
  }
  return {
    imports: files.length, rows, seconds: round((Date.now() - started) / 1000, 1), ...t,
    consistent: t.inconsistent === 0 && countsAddUp,
  };
}

export async function main(argv: readonly string[]): Promise<number> {
  let options: BenchOptions | null;
  try {
    options = parseBenchArgs(argv);
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    process.stderr.write(`cxlens bench: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (!options) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!fs.existsSync(MAIN_JS)) {
    process.stderr.write(`cxlens bench: ${MAIN_JS} is missing; run npm run build first\n`);
    return 2;
  }
  const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
  log(`${options.mode} run: ${options.responses.toLocaleString('en')} responses, ${options.sites} sites, ${options.days} days, ` +
    `${options.kpiIntervals.toLocaleString('en')} KPI intervals`);
  let result: BenchResult;
  try {
    result = await runBench(options, command);
  } catch (error) {
    if (error instanceof BenchUsageError) {
      process.stderr.write(`cxlens bench: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const json = `${JSON.stringify(result, null, 2)}\n`;
  process.stdout.write(json);
  if (options.out) {
    fs.writeFileSync(options.out, json);
    log(`wrote ${options.out}`);
  }
  if (options.record) {
    const file = options.recordFile ?? path.join(REPO_ROOT, 'BENCHMARKS.md');
    appendToBenchmarks(file, result);
    log(`appended the run to ${file}`);
  } else {
    log(`not recorded (${process.env.CI === 'true' ? 'CI=true' : '--no-record'}); the section would be:\n${renderMarkdown(result)}`);
  }
  log(`done in ${result.totalSeconds} s`);
  return 0;
}

if (require.main === module) {
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) process.exit(130);
      interrupted = true;
      process.stderr.write(`\ncxlens bench: ${signal}; stopping the server and removing the work dir (again to quit at once)\n`);
      void (onInterrupt ?? (async () => undefined))().finally(() => process.exit(130));
    });
  }
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`cxlens bench failed: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
