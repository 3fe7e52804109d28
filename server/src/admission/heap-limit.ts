import { spawn } from 'node:child_process';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';

/**
 * The server's heap cap, defined here only. V8 fixes its heap limit when the process starts,
 * so the flag must be on node's command line: the bench and the tests start the server with
 * `heapLimitArgs()`, and main.ts, started without any heap flag (`npm start`, the Dockerfile,
 * `node main.js`), runs itself again with it. A limit the operator gave (the flag, or
 * NODE_OPTIONS=--max-old-space-size=…) is kept as it is.
 *
 * Why 320 MB: without a cap V8 lets garbage pile up before a full collection (measured: RSS
 * 290-330 MB under the (a)-(c) query loop beside an import, 1.4 GB for eight concurrent whole
 * cubes). The cap bounds the heap under any load; what the server needs at most under it is
 * planned in answer-weight.ts (ANSWER_LIMITS): the idle server, a full response cache, the
 * answers the admission gate lets through. 256 MB was not enough for a whole cube beside a
 * response cache full of cubes, when the cache counted a two-byte text's UTF-8 bytes, half its
 * heap: the process ran out of heap (answers are one-byte text now, counted as they are). Day
 * to day the heap stays far below the cap (see HEAP_GROWING_PERCENT); the process's RSS is the
 * heap plus 70-90 MB outside it (code, buffers, zlib).
 */
export const HEAP_LIMIT_MB = 320;

/**
 * Under a cap below 2 GB V8 collects the old generation whenever it has grown by 30 % over
 * what the last collection left (its growing factor scales from 1.3 to 4 with the cap): under
 * the analytics query loop that cost 25-30 % more CPU per request than without a cap.
 * Growing by 100 % first halves the full collections (measured: 11-13 ms of CPU per (a)-(c)
 * request against 14 ms; 10-11 ms without a cap), and the cap still bounds the heap.
 */
export const HEAP_GROWING_PERCENT = 100;

const HEAP_FLAG = /^--max[-_](old[-_]space|heap)[-_]size(=|$)/;

/** Node's arguments for a server process with the cap. */
export function heapLimitArgs(): string[] {
  return [`--max-old-space-size=${HEAP_LIMIT_MB}`];
}

/** True when node was started with a heap limit of its own, on the command line or in NODE_OPTIONS. */
export function hasHeapLimit(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => HEAP_FLAG.test(arg));
}

/**
 * Sets the growing factor (HEAP_GROWING_PERCENT) when the heap has a cap. V8 reads it each time
 * it sets the next collection's limit, so it applies from here on; a V8 without the flag ignores it.
 */
export function tuneHeapGrowth(): boolean {
  if (getHeapStatistics().heap_size_limit >= 2 ** 31) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}

/** For the start-up log: the limit V8 enforces (old and young generation), where it comes from, and the growing factor. */
export function describeHeapLimit(tuned: boolean): string {
  const limit = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
  const flags = process.execArgv.filter((arg) => HEAP_FLAG.test(arg));
  const from = flags.length ? flags.join(' ') : hasHeapLimit() ? `NODE_OPTIONS=${process.env.NODE_OPTIONS}` : "node's default, no cap";
  return `Heap limit ${limit} MB (${from}${tuned ? `; full collections after ${HEAP_GROWING_PERCENT} % of growth` : ''}).`;
}

/**
 * Without a heap limit of its own, runs this script again under node with the cap, forwards
 * the stop signals to it and exits with its code, and returns true; returns false when this
 * process is the one to run the server. The parent is a bare node process (about 40 MB of RSS):
 * where that matters, start node with the flag (heapLimitArgs) and no second process runs.
 */
export function relaunchWithHeapLimit(log: (message: string) => void): boolean {
  if (hasHeapLimit()) return false;
  log(`Starting the server under node --max-old-space-size=${HEAP_LIMIT_MB} (the heap cap; give node your own flag to change it).`);
  const child = spawn(process.execPath, [...process.execArgv, ...heapLimitArgs(), ...process.argv.slice(1)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`[cxlens] Could not start the server process: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1)));
  return true;
}
