import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Rows are sent to PostgreSQL in chunks of about this size: few messages, little memory. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Writes COPY lines with backpressure: lines are gathered into chunks, and a
 * full socket pauses the producer (await drain) instead of buffering the file
 * in memory.
 */
export class CopyWriter {
  private pending: string[] = [];
  private pendingChars = 0;
  private failure: Error | null = null;
  rows = 0;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: Error) => (this.failure ??= error));
  }

  async write(line: string): Promise<void> {
    if (this.push(line)) await this.flush();
  }

  /** Adds a line without waiting; true when a chunk is full and flush() should be awaited. */
  push(line: string): boolean {
    this.pending.push(line);
    this.pendingChars += line.length;
    this.rows++;
    return this.pendingChars >= CHUNK_CHARS;
  }

  /** Sends the gathered lines, waiting while the socket is full. */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pending.length === 0) return;
    const chunk = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain'); // rejects on 'error'
    if (this.failure) throw this.failure;
  }

  /** Sends the rest and waits until PostgreSQL has taken every row. */
  async end(): Promise<void> {
    await this.flush();
    const finished = once(this.stream, 'finish');
    this.stream.end();
    await finished;
    if (this.failure) throw this.failure;
  }

  /** Cancels the COPY (CopyFail): PostgreSQL discards it and the transaction can be rolled back. */
  async abort(reason: Error): Promise<void> {
    this.pending = [];
    if (this.stream.destroyed) return;
    const closed = once(this.stream, 'close').catch(() => undefined);
    this.stream.destroy(reason);
    await closed;
  }
}
