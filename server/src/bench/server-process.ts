import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { heapLimitArgs } from '../admission/heap-limit';

/**
 * The cxlens server under test: `node server/dist/server/src/main.js` as a child process (so its
 * pid is the server's and /proc/<pid>/status is its memory), with its own embedded PostgreSQL
 * under the work dir unless a database URL is given.
 */

type Log = (message: string) => void;

export interface ServerSettings {
  mainJs: string;
  dataDir: string;
  databaseUrl: string | null;
  adminEmail: string;
  adminPassword: string;
}

export interface RunningServer {
  pid: number;
  baseUrl: string;
  /** Owner connection string for the raw-SQL baseline (the embedded superuser, or the given URL). */
  ownerUrl: string;
  embedded: boolean;
  /** Where the embedded cluster and its credentials live (the server may move it out of an untraversable dir). */
  embeddedDataRoot: string | null;
  startSeconds: number;
  stop(): Promise<number | null>;
}

const START_TIMEOUT_MS = 180_000;

export async function startServer(s: ServerSettings, log: Log): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    CXLENS_DEMO: 'off',
    CXLENS_DATA_DIR: s.dataDir,
    CXLENS_RATE_LIMIT_PER_MINUTE: '1000000000',
    CXLENS_ADMIN_EMAIL: s.adminEmail,
    CXLENS_ADMIN_PASSWORD: s.adminPassword,
    CXLENS_ORG_NAME: 'Benchmark BPO',
  };
  delete env.DATABASE_URL;
  delete env.CXLENS_PERSISTED_QUERIES_FILE;
  if (s.databaseUrl) env.DATABASE_URL = s.databaseUrl;

  const started = Date.now();
  // With the heap cap on node's command line, so the pid is the server's itself (not a relaunching parent).
  const child = spawn(process.execPath, [...heapLimitArgs(), s.mainJs], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  let pg: { port: number; dir: string } | null = null;
  let baseUrl: string | null = null;
  let exited: number | null | undefined;

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      log(`[server] ${line}`);
      const m = /Embedded PostgreSQL listening on 127\.0\.0\.1:(\d+) \(data: (.+)\)$/.exec(line);
      if (m) pg = { port: Number(m[1]), dir: m[2] };
      const d = /Dashboard: (http:\/\/[^/\s]+)\//.exec(line);
      if (d) {
        baseUrl = d[1].replace('localhost', '127.0.0.1');
        clearTimeout(timer);
        resolve();
      }
    };
    for (const stream of [child.stdout!, child.stderr!]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop()!;
        for (const l of lines) if (l.trim()) onLine(l);
      });
    }
    child.on('exit', (code) => {
      exited = code;
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code} before it was ready:\n${tail.join('\n')}`));
    });
  });
  try {
    await ready;
  } catch (error) {
    if (exited === undefined) await stopChild(child);
    throw error;
  }

  let ownerUrl = s.databaseUrl;
  let embeddedDataRoot: string | null = null;
  if (!ownerUrl) {
    const found = pg as { port: number; dir: string } | null;
    if (!found) throw new Error('the server did not log its embedded PostgreSQL port');
    // <dataRoot>/pg is the cluster; the generated password sits beside it.
    embeddedDataRoot = path.dirname(found.dir);
    const credentials = JSON.parse(fs.readFileSync(path.join(embeddedDataRoot, 'pg-credentials.json'), 'utf8')) as { password: string };
    ownerUrl = `postgres://cxlens:${encodeURIComponent(credentials.password)}@127.0.0.1:${found.port}/cxlens`;
  }
  return {
    pid: child.pid!,
    baseUrl: baseUrl!,
    ownerUrl,
    embedded: !s.databaseUrl,
    embeddedDataRoot,
    startSeconds: (Date.now() - started) / 1000,
    stop: () => stopChild(child),
  };
}

/** SIGTERM (the server closes HTTP, then stops PostgreSQL cleanly), SIGKILL after a minute. */
function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', (code) => {
      clearTimeout(killer);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}

export interface MemoryReading {
  rssMB: number;
  hwmMB: number;
}

/** VmRSS and VmHWM (peak) of a process, in MB; null when /proc is not there. */
export function readMemory(pid: number): MemoryReading | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Resets VmHWM to the current RSS (Linux: "5" into clear_refs), so a phase's peak can be read after it. */
export function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples VmRSS every `everyMs` during a phase; the peak is the larger of the samples' maximum and VmHWM since the reset. */
export class RssSampler {
  private timer: NodeJS.Timeout | null = null;
  private max = 0;
  private samples = 0;
  private hwmReset = false;

  constructor(private readonly pid: number, private readonly everyMs = 250) {}

  start(): void {
    this.max = 0;
    this.samples = 0;
    this.hwmReset = resetPeak(this.pid);
    this.sample();
    this.timer = setInterval(() => this.sample(), this.everyMs);
  }

  private sample(): void {
    const m = readMemory(this.pid);
    if (!m) return;
    this.max = Math.max(this.max, m.rssMB);
    this.samples++;
  }

  /** Peak RSS in MB during the phase. */
  stop(): { peakMB: number; sampledMaxMB: number; hwmMB: number | null; samples: number } {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    const m = readMemory(this.pid);
    const hwm = this.hwmReset && m ? m.hwmMB : null;
    return { peakMB: Math.max(this.max, hwm ?? 0), sampledMaxMB: this.max, hwmMB: hwm, samples: this.samples };
  }
}
