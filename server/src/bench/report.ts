import * as fs from 'node:fs';
import type { LatencyStats, ThroughputResult } from './measure';
import type { QueryId } from './queries';

/** The one JSON document `npm run bench` prints, and its dated section in BENCHMARKS.md. */

export interface KindImport {
  files: number;
  rows: number;
  inserted: number;
  bytes: number;
  /** Wall-clock of the HTTP imports, upload to answer, one file after the other. */
  seconds: number;
  rowsPerSecond: number;
  mbPerSecond: number;
  /** Sum of the import jobs' own durations (server side). */
  jobSeconds: number;
  fileSeconds: number[];
  /** Peak RSS of the server process during this kind's imports (VmHWM reset before, and VmRSS samples). */
  peakRssMB: number;
}

export interface QueryFigures extends LatencyStats {
  name: string;
  description: string;
  /** Size of the (decompressed) JSON answer. */
  responseBytes: number;
  contentEncoding: string | null;
  /** Content-Length as sent, when the server gave one. */
  wireBytes: number | null;
  /** Peak RSS of the server while this query's runs went on. */
  peakRssMB: number;
  /** The GraphQL errors when the query failed (no figures then). */
  error: string | null;
  /** The same runs with `Cache-Control: no-cache`: computed by the query engine every time. */
  uncached: LatencyStats | null;
}

export interface BaselineFigures extends LatencyStats {
  apiP50: number;
  apiP95: number;
  /** Raw p50 / API p50: how many times faster the API answers than plain SQL on the facts. */
  speedupP50: number;
  speedupP95: number;
  /** The API's p95 without the response cache, and raw p95 / that. */
  uncachedP95: number;
  speedupP95Uncached: number;
  csatN: { raw: number; api: number | null; equal: boolean };
}

export interface DuringImportQuery extends LatencyStats {
  idleP95: number;
  /** p95 under import / idle p95. */
  p95VsIdle: number;
}

export interface Consistency {
  /** Answers of (a)-(c) and of the RESPONSES probe received while the import ran. */
  observations: number;
  sawNone: number;
  sawAll: number;
  inconsistent: number;
  responsesBefore: number;
  responsesAfter: number;
  importInserted: number;
  /** The first answers that saw part of the import: query, its sum of sample sizes, the sums before and after, and
   *  when the request was sent (seconds after the import started). */
  inconsistentAnswers: { query: string; sumOfN: number; before: number; after: number; atSecond: number }[];
  consistent: boolean;
}

export interface CommitByCommit {
  imports: number;
  rows: number;
  seconds: number;
  observations: number;
  sawNone: number;
  sawAll: number;
  inconsistent: number;
  inconsistentAnswers: Consistency['inconsistentAnswers'];
  /** No torn answer, and the count grew by each import's rows. */
  consistent: boolean;
}

export interface Target {
  what: string;
  target: string;
  measured: number | null;
  met: boolean | null;
}

export interface BenchResult {
  benchmark: string;
  date: string;
  command: string;
  mode: 'default' | 'quick' | 'custom';
  commit: { id: string | null; uncommittedChanges: boolean | null };
  machine: {
    cores: number;
    cpu: string;
    memoryGB: number;
    os: string;
    node: string;
    /** 1-minute load average when the run started and when it ended: other work on the machine skews every figure. */
    loadAverage: { start: number; end: number };
    postgres: { version: string; embedded: boolean; settings: Record<string, string> };
  };
  settings: { runs: number; warmup: number; baselineRuns: number; concurrency: number; throughputSeconds: number; chunkRows: number; seed: number; endDate: string };
  scale: {
    requested: { responses: number; sites: number; days: number; kpiIntervals: number };
    actual: { responses: number; evaluations: number; kpiIntervals: number; sites: number; programs: number; firstDay: string; lastDay: string };
    generator: { surveyScale: number; kpiNaturalRows: number; kpiSeries: number; kpiSeriesLeftOut: number; kpiSeriesAt15Minutes: number };
  };
  dataset: { planSeconds: number; writeSeconds: number; bytes: number };
  server: { startSeconds: number; rssAtStartMB: number | null; rssIdleAfterImportsMB: number | null; rssAtEndMB: number | null; peakRssMB: number | null; stopExitCode: number | null };
  import: { surveys: KindImport; evaluations: KindImport; kpis: KindImport; vacuumAnalyzeSeconds: number | null };
  queries: Record<QueryId, QueryFigures>;
  throughput: ThroughputResult & { query: QueryId; peakRssMB: number };
  /** The same with `Cache-Control: no-cache`. */
  throughputUncached: ThroughputResult & { query: QueryId };
  duringImport: {
    rows: number;
    seconds: number;
    rowsPerSecond: number;
    /** RSS when the import started: what the query phases before it left (see the queries' peaks). */
    rssBeforeMB: number | null;
    peakRssMB: number;
    queries: Partial<Record<QueryId, DuringImportQuery>>;
    consistency: Consistency;
  };
  /** Small imports one after another while (a)-(c) run: null with --consistency-imports 0. */
  consistencyByCommit: CommitByCommit | null;
  rawBaseline: Partial<Record<QueryId, BaselineFigures>>;
  targets: { atTargetScale: boolean; list: Target[] };
  totalSeconds: number;
}

/** Issue 8's targets, each beside the figure it is about (they apply at the default scale). */
export function targetsOf(r: Omit<BenchResult, 'targets' | 'totalSeconds'>): Target[] {
  // Not measured (a failed query: NaN) is neither met nor missed.
  const known = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
  const le = (what: string, limit: number, measured: number | null | undefined, unit: string): Target =>
    ({ what, target: `<= ${limit} ${unit}`, measured: known(measured) ? measured : null, met: known(measured) ? measured <= limit : null });
  const ge = (what: string, limit: number, measured: number | null | undefined, unit: string): Target =>
    ({ what, target: `>= ${limit} ${unit}`, measured: known(measured) ? measured : null, met: known(measured) ? measured >= limit : null });
  // The imports of the dataset run on a fresh server; the concurrent one starts with what the query phases left.
  const peakImport = Math.max(r.import.surveys.peakRssMB, r.import.evaluations.peakRssMB, r.import.kpis.peakRssMB);
  const p95: Record<QueryId, number> = { a: 30, b: 50, c: 50, d: 500, e: 100, f: 100 };
  const list: Target[] = [
    ge('survey import', 100_000, r.import.surveys.rowsPerSecond, 'rows/s'),
    ge('KPI interval import', 150_000, r.import.kpis.rowsPerSecond, 'rows/s'),
    le('server RSS during any import', 300, peakImport, 'MB'),
    le('server RSS idle', 200, r.server.rssIdleAfterImportsMB, 'MB'),
    ...(Object.keys(p95) as QueryId[]).map((id) => le(`(${id}) p95`, p95[id], r.queries[id]?.p95, 'ms')),
    ...(Object.keys(p95) as QueryId[]).map((id) => le(`(${id}) p95 uncached`, p95[id], r.queries[id]?.uncached?.p95, 'ms')),
    ...(['a', 'b', 'c'] as const).map((id) => ge(`(${id}) faster than raw SQL (p95)`, 50, r.rawBaseline[id]?.speedupP95, '×')),
    ...(['a', 'b', 'c'] as const).map((id) => ge(`(${id}) faster than raw SQL (p95) uncached`, 50, r.rawBaseline[id]?.speedupP95Uncached, '×')),
    ge('(a) with 20 concurrent clients', 300, r.throughput.requestsPerSecond, 'req/s'),
    ge('(a) with 20 concurrent clients uncached', 300, r.throughputUncached.requestsPerSecond, 'req/s'),
    ...(['a', 'b', 'c'] as const).map((id) => le(`(${id}) p95 during a 1M-row import vs idle`, 2, r.duringImport.queries[id]?.p95VsIdle, '×')),
  ];
  const byCommit = r.consistencyByCommit;
  list.push({
    what: 'answers during an import see all of it or none', target: 'always',
    measured: r.duringImport.consistency.inconsistent + (byCommit?.inconsistent ?? 0),
    met: r.duringImport.consistency.consistent && (byCommit?.consistent ?? true),
  });
  return list;
}

const f0 = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '–' : Math.round(x).toLocaleString('en'));
const f1 = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

export function renderMarkdown(r: BenchResult): string {
  const s = r.scale.actual;
  const date = r.date.slice(0, 16).replace('T', ' ');
  const pg = r.machine.postgres;
  const lines: string[] = [];
  lines.push(`### ${date} UTC · ${r.mode} · ${f0(s.responses)} responses, ${f0(s.sites)} sites, ${f0(r.scale.requested.days)} days, ${f0(s.kpiIntervals)} KPI intervals`);
  lines.push('');
  lines.push(`\`${r.command}\` on commit ${r.commit.id ?? '?'}${r.commit.uncommittedChanges ? ' (with uncommitted changes)' : ''}; ` +
    `${r.machine.cores} cores (${r.machine.cpu}), ${f1(r.machine.memoryGB)} GB RAM, ${r.machine.os}, Node ${r.machine.node}, ` +
    `load average ${r.machine.loadAverage.start.toFixed(1)} at the start and ${r.machine.loadAverage.end.toFixed(1)} at the end, ` +
    `PostgreSQL ${pg.version} (${pg.embedded ? 'embedded' : 'DATABASE_URL'}; ${Object.entries(pg.settings).map(([k, v]) => `${k} ${v}`).join(', ')}). ` +
    `Data ${s.firstDay} to ${s.lastDay}: ${f0(s.responses)} responses, ${f0(s.evaluations)} evaluations, ${f0(s.kpiIntervals)} KPI intervals ` +
    `(${f1(r.dataset.bytes / 1e6)} MB of CSV). ${r.settings.runs} runs per query after ${r.settings.warmup} warm-up runs; ` +
    `${r.settings.baselineRuns} runs of each raw-SQL baseline. Total ${f0(r.totalSeconds)} s.`);
  lines.push('');
  lines.push('| import (HTTP, strict) | rows | files | MB | seconds | rows/s | server peak RSS |');
  lines.push('|---|--:|--:|--:|--:|--:|--:|');
  for (const kind of ['surveys', 'evaluations', 'kpis'] as const) {
    const k = r.import[kind];
    lines.push(`| ${kind} | ${f0(k.rows)} | ${k.files} | ${f1(k.bytes / 1e6)} | ${f1(k.seconds)} | **${f0(k.rowsPerSecond)}** | ${f0(k.peakRssMB)} MB |`);
  }
  lines.push(`| surveys, while (a)-(c) are queried | ${f0(r.duringImport.rows)} | 1 | | ${f1(r.duringImport.seconds)} | ${f0(r.duringImport.rowsPerSecond)} | ` +
    `${f0(r.duringImport.peakRssMB)} MB (${f0(r.duringImport.rssBeforeMB)} MB at its start) |`);
  lines.push('');
  lines.push(`Server RSS: ${f0(r.server.rssAtStartMB)} MB after start, ${f0(r.server.rssIdleAfterImportsMB)} MB idle after the imports, ` +
    `${f0(r.server.rssAtEndMB)} MB at the end, peak (VmHWM) ${f0(r.server.peakRssMB)} MB. ` +
    `VACUUM (ANALYZE) after the imports: ${r.import.vacuumAnalyzeSeconds === null ? 'skipped' : `${f1(r.import.vacuumAnalyzeSeconds)} s`}.`);
  lines.push('');
  lines.push('| query (ms) | p50 | p95 | p99 | uncached p50 | uncached p95 | answer | server peak RSS | raw SQL p50 | raw SQL p95 | ×faster (p95) | ×faster uncached | uncached p95 under import | ×idle |');
  lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f'] as const) {
    const q = r.queries[id];
    const b = r.rawBaseline[id];
    const d = r.duringImport.queries[id];
    if (q.error) {
      lines.push(`| (${id}) ${q.name} | failed: ${q.error.replace(/\|/g, '/').slice(0, 200)} | | | | | | | ${b ? f1(b.p50) : ''} | ${b ? f1(b.p95) : ''} | | | | |`);
      continue;
    }
    lines.push(`| (${id}) ${q.name} | ${f1(q.p50)} | **${f1(q.p95)}** | ${f1(q.p99)} | ${f1(q.uncached?.p50)} | **${f1(q.uncached?.p95)}** | ` +
      `${f1(q.responseBytes / 1024)} KB | ${f0(q.peakRssMB)} MB | ` +
      `${b ? f1(b.p50) : ''} | ${b ? f1(b.p95) : ''} | ${b ? `${f1(b.speedupP95)}${b.csatN.equal ? '' : ' (n differs!)'}` : ''} | ${b ? f1(b.speedupP95Uncached) : ''} | ` +
      `${d ? f1(d.p95) : ''} | ${d ? f1(d.p95VsIdle) : ''} |`);
  }
  lines.push('');
  const t = r.throughput;
  const c = r.duringImport.consistency;
  lines.push(`Throughput of (a), ${t.concurrency} concurrent clients for ${f0(t.seconds)} s: **${f1(t.requestsPerSecond)} requests/s** ` +
    `(p50 ${f1(t.latency.p50)} ms, p95 ${f1(t.latency.p95)} ms, ${t.errors} errors, server peak RSS ${f0(t.peakRssMB)} MB); ` +
    `without the response cache **${f1(r.throughputUncached.requestsPerSecond)} requests/s** (p95 ${f1(r.throughputUncached.latency.p95)} ms, ${r.throughputUncached.errors} errors).`);
  lines.push(`Consistency during the ${f0(r.duringImport.rows)}-row import: ${f0(c.observations)} answers, ${f0(c.sawNone)} saw none of it, ` +
    `${f0(c.sawAll)} all of it, ${f0(c.inconsistent)} a part (RESPONSES ${f0(c.responsesBefore)} before, ${f0(c.responsesAfter)} after; ` +
    `${f0(c.importInserted)} inserted): **${c.consistent ? 'consistent' : 'INCONSISTENT'}**` +
    (c.inconsistentAnswers.length ? ` (${c.inconsistentAnswers.map((x) => `(${x.query}) sent at ${x.atSecond} s: sum of n ${f0(x.sumOfN)}, ` +
      `${f0(x.before)} before, ${f0(x.after)} after`).join('; ')})` : '') + '.');
  const k = r.consistencyByCommit;
  if (k) {
    lines.push(`Commit by commit: ${k.imports} imports of ${f0(k.rows / Math.max(1, k.imports))} responses of the last week, one after another ` +
      `(${f1(k.seconds)} s), while (a)-(c) and the count were queried: ${f0(k.observations)} answers, ${f0(k.sawNone)} saw none of the ` +
      `running import, ${f0(k.sawAll)} all of it, ${f0(k.inconsistent)} a part: **${k.consistent ? 'consistent' : 'INCONSISTENT'}**` +
      (k.inconsistentAnswers.length ? ` (first: ${k.inconsistentAnswers.slice(0, 3).map((x) => `(${x.query}) sum of n ${f0(x.sumOfN)}, ` +
        `${f0(x.before)} before, ${f0(x.after)} after`).join('; ')})` : '') + '.');
  }
  const missed = r.targets.list.filter((x) => x.met === false).map((x) => x.what);
  const unknown = r.targets.list.filter((x) => x.met === null).map((x) => x.what);
  lines.push(`Issue 8 targets${r.targets.atTargetScale ? '' : ' (set for the default scale; shown for orientation)'}: ` +
    `${r.targets.list.filter((x) => x.met).length} of ${r.targets.list.length} met${missed.length ? `; not met: ${missed.join(', ')}` : ''}` +
    `${unknown.length ? `; not measured: ${unknown.join(', ')}` : ''}.`);
  lines.push('');
  return lines.join('\n');
}

/** Appends the run's section at the end of the file (a "## Runs" heading is added once). */
export function appendToBenchmarks(file: string, r: BenchResult): void {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const heading = '## Runs of `npm run bench`';
  let text = existing.endsWith('\n') ? existing : `${existing}\n`;
  if (!text.includes(heading)) text += `\n${heading}\n\nAppended by the harness, newest last (figures, not assertions).\n`;
  text += `\n${renderMarkdown(r)}`;
  fs.writeFileSync(file, text);
}
