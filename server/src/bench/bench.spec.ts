import * as path from 'node:path';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import type { KpiIntervalRow, SurveyResponseRow } from '../demo';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { ChunkedCsvWriter, csvField, planKpiSeries, splitKpiInterval, SURVEY_HEADER, surveyLine } from './dataset';
import { latencyStats, percentile } from './measure';
import { BenchUsageError, parseBenchArgs, parseCount } from './options';
import * as bench from './queries';
import { renderMarkdown, targetsOf, type BenchResult } from './report';

describe('bench options', () => {
  const now = new Date('2026-03-15T10:00:00Z');

  it('defaults to issue 8 scale, and --quick to the CI size', () => {
    expect(parseBenchArgs([], {}, now)).toMatchObject({
      mode: 'default', responses: 10_000_000, sites: 200, days: 730, kpiIntervals: 30_000_000, concurrentImportRows: 1_000_000,
      runs: 30, concurrency: 20, endDate: '2026-03-15', record: true, keep: false,
    });
    expect(parseBenchArgs(['--quick'], {}, now)).toMatchObject({ mode: 'quick', responses: 100_000, sites: 20, days: 120, kpiIntervals: 100_000, runs: 10 });
    expect(parseBenchArgs(['--quick', '--runs=20', '--sites', '30'], {}, now)).toMatchObject({ mode: 'custom', sites: 30, runs: 20, responses: 100_000 });
  });

  it('reads counts with separators and suffixes, and never records in CI', () => {
    expect(parseCount('--responses', '10_000_000')).toBe(10_000_000);
    expect(parseCount('--responses', '1,000,000')).toBe(1_000_000);
    expect(parseCount('--responses', '2M')).toBe(2_000_000);
    expect(parseCount('--responses', '100k')).toBe(100_000);
    expect(parseCount('--responses', '1e6')).toBe(1_000_000);
    expect(parseBenchArgs(['--quick'], { CI: 'true' }, now)!.record).toBe(false);
    expect(parseBenchArgs(['--quick', '--no-record'], {}, now)!.record).toBe(false);
    expect(parseBenchArgs(['--help'], {}, now)).toBeNull();
  });

  it('explains mistakes', () => {
    const fails = (argv: string[]) => () => parseBenchArgs(argv, {}, now);
    expect(fails(['--responses', 'many'])).toThrow(new BenchUsageError('--responses needs a whole number, got "many"'));
    expect(fails(['--sites', '0'])).toThrow('--sites must be at least 1, got 0');
    expect(fails(['--runs'])).toThrow('--runs needs a value');
    expect(fails(['--fast'])).toThrow('unknown option --fast');
    expect(fails(['--end-date', '2026-13-01'])).toThrow(/--end-date must be YYYY-MM-DD/);
    expect(fails(['--keep=yes'])).toThrow('--keep takes no value');
  });
});

describe('percentiles', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 99)).toBe(20);
    expect(latencyStats([3, 1, 2])).toEqual({ runs: 3, p50: 2, p95: 3, p99: 3, mean: 2, min: 1, max: 3 });
  });
});

const kpiRow = fc.record({
  answered: fc.nat(500), abandoned: fc.nat(100), backlog: fc.nat(20), minutes: fc.constantFrom(30, 60),
  frac: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }),
  seconds: fc.array(fc.nat(100_000), { minLength: 5, maxLength: 5 }),
}).map(({ answered, abandoned, backlog, minutes, frac, seconds }): KpiIntervalRow => {
  const handled = answered;
  const opportunities = Math.floor(handled * frac[5]);
  return {
    siteCode: 'LIS', programCode: 'TELCO', channel: 'VOICE', intervalStart: new Date('2026-03-01T09:30:00Z'),
    intervalMinutes: minutes as 30 | 60, offered: answered + abandoned + backlog, answered, abandoned,
    abandonedShort: Math.floor(abandoned * frac[0]), answeredWithinSl: Math.floor(answered * frac[1]), slThresholdS: 20,
    waitAnsweredS: seconds[0], talkS: seconds[1], holdS: seconds[2], acwS: seconds[3], handled,
    resolvedFirstContact: Math.floor(handled * frac[2]), repeatContacts: Math.floor(handled * frac[3]), transfers: Math.floor(handled * frac[4]),
    salesOpportunities: opportunities, salesConversions: Math.floor(opportunities * frac[6]), staffedS: seconds[4], source: 'demo',
  };
});

describe('KPI intervals at 15 minutes', () => {
  const COUNTERS = ['offered', 'answered', 'abandoned', 'abandonedShort', 'answeredWithinSl', 'waitAnsweredS', 'talkS', 'holdS', 'acwS',
    'handled', 'resolvedFirstContact', 'repeatContacts', 'transfers', 'salesOpportunities', 'salesConversions', 'staffedS'] as const;

  it('add up to the original interval and keep every import rule per part', () => {
    fc.assert(fc.property(kpiRow, (row) => {
      const parts = splitKpiInterval(row);
      expect(parts).toHaveLength(row.intervalMinutes / 15);
      for (const c of COUNTERS) expect(parts.reduce((s, p) => s + p[c], 0)).toBe(row[c]);
      parts.forEach((p, i) => {
        expect(p.intervalMinutes).toBe(15);
        expect(p.intervalStart.getTime() - row.intervalStart.getTime()).toBe(i * 15 * 60_000);
        expect(p.answered + p.abandoned).toBeLessThanOrEqual(p.offered);
        expect(p.abandonedShort).toBeLessThanOrEqual(p.abandoned);
        expect(p.answeredWithinSl).toBeLessThanOrEqual(p.answered);
        for (const c of ['resolvedFirstContact', 'repeatContacts', 'transfers'] as const) expect(p[c]).toBeLessThanOrEqual(p.handled);
        expect(p.salesConversions).toBeLessThanOrEqual(p.salesOpportunities);
      });
    }));
  });

  it('are planned per series to meet the requested count', () => {
    const counts = new Map(Array.from({ length: 40 }, (_, i) => [`S${i}|TELCO|${i % 2 ? 'VOICE' : 'EMAIL'}`, { rows: 1000, minutes: i % 2 ? 30 : 60 }]));
    const fewer = planKpiSeries(counts, 10_000, 1);
    expect(fewer).toMatchObject({ natural: 40_000, planned: 10_000, droppedSeries: 30, splitSeries: 0 });
    const more = planKpiSeries(counts, 60_000, 1);
    expect(more.droppedSeries).toBe(0);
    expect(Math.abs(more.planned - 60_000)).toBeLessThanOrEqual(1500);
    expect(more.allSplit).toBe(20 * 2000 + 20 * 4000);
    expect(planKpiSeries(counts, 10 ** 9, 1)).toMatchObject({ planned: 120_000, splitSeries: 40 });
    expect(planKpiSeries(counts, 0, 1)).toMatchObject({ planned: 0, droppedSeries: 40 });
  });
});

describe('CSV lines', () => {
  it('go into evenly filled files, the last one taking what exceeds the estimate', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-spec-'));
    try {
      const writer = new ChunkedCsvWriter(dir, 'x', 'h', 1000, 2400);
      for (let i = 0; i < 2530; i++) await writer.add(String(i));
      const files = await writer.close();
      expect(files.map((f) => f.rows)).toEqual([1200, 1330]);
      expect(fs.readFileSync(files[1].path, 'utf8').split('\n').slice(0, 2)).toEqual(['h', '1200']);
      expect(files[1].bytes).toBe(fs.statSync(files[1].path).size);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });


  it('quote what needs quoting and read back as written', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField(null)).toBe('');
    const row: SurveyResponseRow = {
      externalId: 'x', siteCode: 'LIS', programCode: 'TELCO', channel: 'CHAT', agent: null, team: 'Team 1', topic: 'Billing',
      language: 'pt-PT', customerRef: 'TC-1', interactionRef: 'LIS-CH-1', respondedAt: new Date('2026-03-01T10:00:00.123Z'),
      csat: 2, nps: null, ces: 5, resolved: false, comment: 'Line one,\n"quoted" line two ', source: 'demo',
    };
    const [record] = parse(`${SURVEY_HEADER}\n${surveyLine(row, 'bench-sr-1')}\n`, { columns: true }) as Record<string, string>[];
    expect(record).toMatchObject({
      external_id: 'bench-sr-1', site: 'LIS', channel: 'CHAT', program: 'TELCO', responded_at: '2026-03-01T10:00:00.123Z', csat: '2',
      nps: '', ces: '5', resolved: 'false', comment: 'Line one,\n"quoted" line two ', agent: '', language: 'pt-PT',
    });
  });
});

describe('dashboard queries', () => {
  const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('are the documents the client sends', () => {
    // The client's operation modules are plain TypeScript (hooks run only in components); required by path so that
    // the server's typecheck does not compile client code.
    const dir = path.resolve(__dirname, '../../../client/src/api/operations');
    const client: Record<string, string> = {};
    for (const file of ['summary', 'siteRanking', 'metrics', 'vopVsVoc', 'records']) Object.assign(client, require(path.join(dir, file)));
    for (const name of ['SUMMARY_QUERY', 'SITE_RANKING_QUERY', 'METRICS_QUERY', 'VOP_VS_VOC_QUERY', 'RESPONSES_QUERY'] as const) {
      expect(normalise(bench[name])).toBe(normalise(client[name]));
    }
  });

  it('cover the issue periods, ending on the last day of data', () => {
    const w = bench.windowsEndingOn('2026-03-31');
    expect(w.days90).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(w.previous90).toEqual({ from: '2025-10-03', to: '2025-12-31' });
    expect(w.quarter.from).toBe('2025-12-31');
    expect(w.twoYears.from).toBe('2024-04-01');
    const queries = bench.dashboardQueries(w);
    expect(queries.map((q) => q.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(JSON.parse(queries[3].body).variables).toEqual({
      filter: w.twoYears, measures: ['CSAT', 'NPS', 'RESPONSES'], groupBy: ['SITE', 'CHANNEL'], granularity: 'WEEK', compareTo: null, adjustPValues: false,
    });
    expect(JSON.parse(queries[5].body).variables.filter).toEqual({ from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z', npsMax: 6, withCommentOnly: true });
  });

  it('fingerprint an answer by its sample sizes', () => {
    expect(bench.sumOfN({ tiles: [{ n: 3, sparkline: [{ n: 1 }, { n: 2 }] }, { n: 4, value: 7 }] })).toBe(10);
  });
});

describe('report', () => {
  it('renders a section with every figure', () => {
    const stats = { runs: 20, p50: 10, p95: 20, p99: 25, mean: 12, min: 5, max: 25 };
    const kind = { files: 1, rows: 1000, inserted: 1000, bytes: 1e6, seconds: 1, rowsPerSecond: 1000, mbPerSecond: 1, jobSeconds: 1, fileSeconds: [1], peakRssMB: 160 };
    const query = { ...stats, name: 'q', description: 'q', responseBytes: 2048, contentEncoding: 'gzip', wireBytes: 512, peakRssMB: 170, error: null, uncached: stats };
    const base = {
      benchmark: 'b', date: '2026-03-15T10:00:00.000Z', command: 'npm run bench -- --quick', mode: 'quick',
      commit: { id: 'abc1234', uncommittedChanges: false },
      machine: { cores: 2, cpu: 'cpu', memoryGB: 23, os: 'Linux', node: '20', loadAverage: { start: 0.1, end: 1 }, postgres: { version: '18.4', embedded: true, settings: { work_mem: '4MB' } } },
      settings: { runs: 20, warmup: 3, baselineRuns: 5, concurrency: 20, throughputSeconds: 5, chunkRows: 1e6, seed: 1, endDate: '2026-03-15' },
      scale: {
        requested: { responses: 1000, sites: 2, days: 10, kpiIntervals: 1000 },
        actual: { responses: 1000, evaluations: 100, kpiIntervals: 1000, sites: 2, programs: 2, firstDay: '2026-03-05', lastDay: '2026-03-14' },
        generator: { surveyScale: 1, kpiNaturalRows: 1000, kpiSeries: 4, kpiSeriesLeftOut: 0, kpiSeriesAt15Minutes: 0 },
      },
      dataset: { planSeconds: 1, writeSeconds: 1, bytes: 3e6 },
      server: { startSeconds: 3, rssAtStartMB: 150, rssIdleAfterImportsMB: 160, rssAtEndMB: 170, peakRssMB: 180, stopExitCode: 0 },
      import: { surveys: kind, evaluations: kind, kpis: kind, vacuumAnalyzeSeconds: 1 },
      queries: { a: query, b: query, c: query, d: { ...query, p50: NaN, p95: NaN, p99: NaN, error: 'the result would have 21735 rows | at most 20000', uncached: null }, e: query, f: query },
      throughput: { query: 'a', concurrency: 20, seconds: 5, requests: 500, errors: 0, requestsPerSecond: 100, latency: stats, peakRssMB: 175 },
      throughputUncached: { query: 'a', concurrency: 20, seconds: 5, requests: 250, errors: 0, requestsPerSecond: 50, latency: stats },
      duringImport: {
        rows: 100, seconds: 1, rowsPerSecond: 100, rssBeforeMB: 170, peakRssMB: 175,
        queries: { a: { ...stats, idleP95: 20, p95VsIdle: 1 } },
        consistency: { observations: 9, sawNone: 5, sawAll: 4, inconsistent: 0, responsesBefore: 1000, responsesAfter: 1100, importInserted: 100, inconsistentAnswers: [], consistent: true },
      },
      consistencyByCommit: {
        imports: 20, rows: 20_000, seconds: 30, observations: 80, sawNone: 60, sawAll: 18, inconsistent: 2, consistent: false,
        inconsistentAnswers: [{ query: 'a', sumOfN: 15, before: 10, after: 20, atSecond: 1.5 }],
      },
      rawBaseline: {
        a: { ...stats, apiP50: 10, apiP95: 20, speedupP50: 1, speedupP95: 1, uncachedP95: 40, speedupP95Uncached: 0.5, csatN: { raw: 5, api: 5, equal: true } },
        d: { ...stats, p50: 700, apiP50: NaN, apiP95: NaN, speedupP50: NaN, speedupP95: NaN, uncachedP95: NaN, speedupP95Uncached: NaN, csatN: { raw: 5, api: null, equal: false } },
      },
    } satisfies Omit<BenchResult, 'targets' | 'totalSeconds'>;
    const result: BenchResult = { ...base, targets: { atTargetScale: false, list: targetsOf(base) }, totalSeconds: 60 };
    const md = renderMarkdown(result);
    expect(md).toContain('### 2026-03-15 10:00 UTC · quick · 1,000 responses, 2 sites, 10 days, 1,000 KPI intervals');
    expect(md).toContain('| surveys | 1,000 | 1 | 1.0 | 1.0 | **1,000** | 160 MB |');
    expect(md).toContain('**consistent**');
    expect(md).toContain('2 a part: **INCONSISTENT** (first: (a) sum of n 15, 10 before, 20 after).');
    expect(result.targets.list.find((t) => t.what === 'answers during an import see all of it or none')).toMatchObject({ measured: 2, met: false });
    expect(md).toContain('| (d) q | failed: the result would have 21735 rows / at most 20000 | | | | | | | 700.0 | 20.0 | | | | |');
    expect(md).toContain('without the response cache **50.0 requests/s**');
    expect(result.targets.list.find((t) => t.what === '(a) faster than raw SQL (p95) uncached')).toMatchObject({ measured: 0.5, met: false });
    expect(result.targets.list.find((t) => t.what === 'server RSS idle')).toMatchObject({ measured: 160, met: true });
    expect(result.targets.list.find((t) => t.what === '(d) p95')).toMatchObject({ measured: null, met: null });
    expect(md).toMatch(/not measured: \(d\) p95, \(d\) p95 uncached, \(b\) faster than raw SQL/);
  });
});
