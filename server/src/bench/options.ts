/**
 * `npm run bench` options. The defaults are the scale of issue 8 (a global BPO: 10M survey
 * responses, 200 sites, two years, 30M KPI intervals); `--quick` is a smoke-sized run for CI.
 */

export class BenchUsageError extends Error {}

export interface BenchOptions {
  mode: 'default' | 'quick' | 'custom';
  responses: number;
  sites: number;
  days: number;
  kpiIntervals: number;
  /** Rows of the survey import that runs while (a)-(c) are measured. */
  concurrentImportRows: number;
  /** Small survey imports (1,000 rows each) committed one after another while queries run: many commits to catch a torn read. */
  consistencyImports: number;
  /** About this many rows per imported file: big kinds are imported as several files, one transaction each. */
  chunkRows: number;
  runs: number;
  warmup: number;
  baselineRuns: number;
  concurrency: number;
  throughputSeconds: number;
  seed: number;
  /** Exclusive end of the generated data (YYYY-MM-DD, UTC); the last day of data is the day before. */
  endDate: string;
  databaseUrl: string | null;
  adminEmail: string;
  adminPassword: string;
  workDir: string | null;
  keep: boolean;
  record: boolean;
  recordFile: string | null;
  /** Also write the JSON document to this file (`npm run` prints its own banner on stdout; or use `npm run -s`). */
  out: string | null;
  vacuum: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]

Generates a dataset with the demo generator, imports it over HTTP into a fresh cxlens (its own
embedded PostgreSQL in a temp dir, or --database-url), measures the dashboard's GraphQL queries
and prints one JSON document on stdout (logs go to stderr). Appends a section to BENCHMARKS.md
unless --no-record or CI=true.

Scale (defaults: issue 8's target scale)
  --responses N            survey responses (default 10000000)
  --sites N                sites (default 200; the first 8 are the demo's curated sites)
  --days N                 days of history (default 730)
  --kpi-intervals N        KPI interval rows (default 30000000)
  --quick                  100k responses, 20 sites, 120 days, 100k KPI intervals, fewer runs
  --concurrent-import N    rows of the survey import run during the "under import" measurements
                           (default 1000000; quick 100000)
  --consistency-imports N  small imports (1,000 responses of the last week each) committed one after the
                           other while (a)-(c) are queried, to catch answers that see part of one (default 20)
  --chunk-rows N           about N rows per imported file, one import (transaction) each (default 1000000)
  --seed N                 generator seed (default 20251128)
  --end-date YYYY-MM-DD    exclusive end of the data (default: today, UTC)

Measurement
  --runs N                 measured runs per query (default 30; quick 10)
  --warmup N               warm-up runs per query (default 5; quick 3)
  --baseline-runs N        runs of each raw-SQL baseline (default 10; quick 5)
  --concurrency N          clients of the throughput test (default 20)
  --throughput-seconds N   duration of the throughput test (default 20; quick 5)
  --no-vacuum              skip VACUUM (ANALYZE) after the imports

Environment
  --database-url URL       use this PostgreSQL (as its owner) instead of an embedded one; it should be
                           empty: the bench creates its sites and counts every row
  --admin-email E, --admin-password P
                           the admin the server creates (or, with an existing database, signs in as)
  --work-dir DIR           where the CSV files and the embedded database go (default: a new temp dir)
  --keep                   keep the work dir (CSV files and database) afterwards
  --no-record              do not append to BENCHMARKS.md (also skipped when CI=true)
  --record-file PATH       append there instead of <repo>/BENCHMARKS.md
  --out FILE               also write the JSON document to FILE (npm prints a banner on stdout:
                           use npm run -s bench for bare JSON)
  --help`;

const DEFAULTS = {
  responses: 10_000_000, sites: 200, days: 730, kpiIntervals: 30_000_000, concurrentImportRows: 1_000_000,
  runs: 30, warmup: 5, baselineRuns: 10, throughputSeconds: 20,
};
const QUICK = {
  responses: 100_000, sites: 20, days: 120, kpiIntervals: 100_000, concurrentImportRows: 100_000,
  runs: 10, warmup: 3, baselineRuns: 5, throughputSeconds: 5,
};

type NumberKey = 'responses' | 'sites' | 'days' | 'kpiIntervals' | 'concurrentImportRows' | 'consistencyImports' | 'chunkRows' | 'runs' | 'warmup'
  | 'baselineRuns' | 'concurrency' | 'throughputSeconds' | 'seed';

const NUMBER_FLAGS: Record<string, { key: NumberKey; min: number; scale?: boolean }> = {
  '--responses': { key: 'responses', min: 1, scale: true },
  '--sites': { key: 'sites', min: 1, scale: true },
  '--days': { key: 'days', min: 1, scale: true },
  '--kpi-intervals': { key: 'kpiIntervals', min: 0, scale: true },
  '--concurrent-import': { key: 'concurrentImportRows', min: 1 },
  '--consistency-imports': { key: 'consistencyImports', min: 0 },
  '--chunk-rows': { key: 'chunkRows', min: 1000 },
  '--runs': { key: 'runs', min: 1 },
  '--warmup': { key: 'warmup', min: 0 },
  '--baseline-runs': { key: 'baselineRuns', min: 1 },
  '--concurrency': { key: 'concurrency', min: 1 },
  '--throughput-seconds': { key: 'throughputSeconds', min: 1 },
  '--seed': { key: 'seed', min: 0 },
};
const STRING_FLAGS = ['--end-date', '--database-url', '--admin-email', '--admin-password', '--work-dir', '--record-file', '--out'] as const;
const BOOLEAN_FLAGS = ['--quick', '--keep', '--no-record', '--no-vacuum', '--help'] as const;

/** "10000000", "10_000_000", "10,000,000", "1e7", "10M", "100k" */
export function parseCount(flag: string, raw: string): number {
  const m = /^(\d+(?:\.\d+)?(?:e\d+)?)([kKmM]?)$/.exec(raw.replace(/[_,]/g, ''));
  const value = m ? Number(m[1]) * (m[2] === '' ? 1 : m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : NaN;
  if (!Number.isFinite(value) || !Number.isInteger(value)) throw new BenchUsageError(`${flag} needs a whole number, got "${raw}"`);
  return value;
}

function todayUtc(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** null = --help. */
export function parseBenchArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, now = new Date()): BenchOptions | null {
  const numbers: Partial<Record<NumberKey, number>> = {};
  const strings: Partial<Record<(typeof STRING_FLAGS)[number], string>> = {};
  const flags = new Set<string>();
  let scaleGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new BenchUsageError(`${name} needs a value`);
      i++;
      return next;
    };
    if (name in NUMBER_FLAGS) {
      const spec = NUMBER_FLAGS[name];
      const n = parseCount(name, value());
      if (n < spec.min) throw new BenchUsageError(`${name} must be at least ${spec.min}, got ${n}`);
      numbers[spec.key] = n;
      if (spec.scale) scaleGiven = true;
    } else if ((STRING_FLAGS as readonly string[]).includes(name)) {
      strings[name as (typeof STRING_FLAGS)[number]] = value();
    } else if ((BOOLEAN_FLAGS as readonly string[]).includes(name)) {
      if (inline !== undefined) throw new BenchUsageError(`${name} takes no value`);
      flags.add(name);
    } else {
      throw new BenchUsageError(`unknown option ${arg}`);
    }
  }
  if (flags.has('--help')) return null;
  const quick = flags.has('--quick');
  const base = quick ? QUICK : DEFAULTS;
  const endDate = strings['--end-date'] ?? todayUtc(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(endDate) || Number.isNaN(Date.parse(`${endDate}T00:00:00Z`))) {
    throw new BenchUsageError(`--end-date must be YYYY-MM-DD, got "${endDate}"`);
  }
  const pick = (key: NumberKey, fallback: number) => numbers[key] ?? fallback;
  const options: BenchOptions = {
    mode: scaleGiven ? 'custom' : quick ? 'quick' : 'default',
    responses: pick('responses', base.responses),
    sites: pick('sites', base.sites),
    days: pick('days', base.days),
    kpiIntervals: pick('kpiIntervals', base.kpiIntervals),
    concurrentImportRows: pick('concurrentImportRows', base.concurrentImportRows),
    consistencyImports: pick('consistencyImports', 20),
    chunkRows: pick('chunkRows', 1_000_000),
    runs: pick('runs', base.runs),
    warmup: pick('warmup', base.warmup),
    baselineRuns: pick('baselineRuns', base.baselineRuns),
    concurrency: pick('concurrency', 20),
    throughputSeconds: pick('throughputSeconds', base.throughputSeconds),
    seed: pick('seed', 20_251_128),
    endDate,
    databaseUrl: strings['--database-url'] ?? null,
    adminEmail: strings['--admin-email'] ?? 'bench@cxlens.invalid',
    adminPassword: strings['--admin-password'] ?? 'bench-password-not-secret',
    workDir: strings['--work-dir'] ?? null,
    keep: flags.has('--keep'),
    record: !flags.has('--no-record') && env.CI !== 'true',
    recordFile: strings['--record-file'] ?? null,
    out: strings['--out'] ?? null,
    vacuum: !flags.has('--no-vacuum'),
  };
  if (options.days > 3650) throw new BenchUsageError('--days must be at most 3650 (the metrics API reads at most ten years)');
  return options;
}
