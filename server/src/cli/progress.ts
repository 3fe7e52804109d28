/** Upload progress: a redrawn bar on a terminal, a log line every few seconds otherwise. */

export interface ProgressState {
  bytes: number;
  totalBytes: number;
  rows: number;
  startedAt: number;
}

const n = (x: number) => Math.round(x).toLocaleString('en');
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const mmss = `${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  return h ? `${h}:${mmss}` : mmss;
}

export function describeProgress(p: ProgressState, now = Date.now(), width = 24): { bar: string; line: string } {
  const elapsed = Math.max((now - p.startedAt) / 1000, 0.001);
  const share = p.totalBytes > 0 ? Math.min(p.bytes / p.totalBytes, 1) : 0;
  const eta = share > 0 ? (elapsed / share) * (1 - share) : Number.NaN;
  const filled = Math.round(share * width);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
  const line = `${(share * 100).toFixed(0).padStart(3)}% ${mb(p.bytes)}/${mb(p.totalBytes)}  ${n(p.rows)} rows  ${n(p.rows / elapsed)} rows/s  ETA ${clock(eta)}`;
  return { bar, line };
}

export class ProgressReporter {
  private timer: NodeJS.Timeout | null = null;
  private lastLog = 0;
  private finished = false;

  constructor(
    private readonly state: ProgressState,
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly logEveryMs = 5000,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.render(), this.out.isTTY ? 200 : 1000);
    this.timer.unref();
  }

  private render(final = false): void {
    const { bar, line } = describeProgress(this.state);
    if (this.out.isTTY) {
      this.out.write(`\r${bar} ${line}\x1b[K${final ? '\n' : ''}`);
    } else if (final || Date.now() - this.lastLog >= this.logEveryMs) {
      this.lastLog = Date.now();
      this.out.write(`[import] ${line}\n`);
    }
  }

  /** Upload done: the last figures, then a note while the server merges. */
  finish(note: string): void {
    if (this.finished) return;
    this.finished = true;
    if (this.timer) clearInterval(this.timer);
    this.render(true);
    this.out.write(`${note}\n`);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.out.isTTY && !this.finished) this.out.write('\n');
    this.finished = true;
  }
}
