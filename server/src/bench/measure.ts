/**
 * The measurer: sequential latency runs after a warm-up, closed-loop throughput with N clients
 * for a fixed time, and the percentiles of both. Times are wall-clock milliseconds from sending
 * the request to having the whole (decompressed) answer; nothing here judges them.
 */

export interface LatencyStats {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of sorted values (p95 of 20 runs is the 19th). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function latencyStats(samplesMs: readonly number[]): LatencyStats {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    runs: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(sorted.length ? sum / sorted.length : NaN),
    min: round(sorted[0] ?? NaN),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/** `warmup` unmeasured runs, then `runs` measured ones, one at a time; `check` runs outside the timing. */
export async function measureLatency<T>(run: () => Promise<T>, warmup: number, runs: number, check: (result: T) => void = () => undefined): Promise<LatencyStats> {
  for (let i = 0; i < warmup; i++) check(await run());
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { ms, result } = await timed(run);
    samples.push(ms);
    check(result);
  }
  return latencyStats(samples);
}

export interface ThroughputResult {
  concurrency: number;
  seconds: number;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  latency: LatencyStats;
}

/** `concurrency` closed loops, each sending the next request when its answer is in, for `seconds`. */
export async function measureThroughput(run: () => Promise<boolean>, concurrency: number, seconds: number): Promise<ThroughputResult> {
  const samples: number[] = [];
  let errors = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  const loop = async () => {
    while (process.hrtime.bigint() < deadline) {
      const t = process.hrtime.bigint();
      let ok = false;
      try {
        ok = await run();
      } catch {
        ok = false;
      }
      samples.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    concurrency,
    seconds: round(elapsed, 2),
    requests: samples.length,
    errors,
    requestsPerSecond: round((samples.length - errors) / elapsed),
    latency: latencyStats(samples),
  };
}
