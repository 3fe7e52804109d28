import type { IncomingMessage } from 'node:http';
import { ClientDisconnectedError } from '../import-kind';

/** Chunks held before the socket is paused (the kernel buffers the rest: backpressure to the client). */
const MAX_QUEUED = 4;

/**
 * The raw bytes of an upload as they arrive, with backpressure (pause/resume).
 * An upload cut off by the client ends the iteration in
 * ClientDisconnectedError. After an early verdict (a rejected header, say)
 * discardRest() lets the remaining bytes drain, so the answer reaches the
 * client and the connection stays usable.
 */
export class RequestBody implements AsyncIterable<Uint8Array> {
  private readonly queue: Uint8Array[] = [];
  private ended = false;
  private failure: Error | null = null;
  private discarding = false;
  private wake: (() => void) | null = null;

  constructor(private readonly req: IncomingMessage) {
    req.on('data', (chunk: Uint8Array) => {
      if (this.discarding) return;
      this.queue.push(chunk);
      if (this.queue.length >= MAX_QUEUED) req.pause();
      this.notify();
    });
    req.on('end', () => {
      this.ended = true;
      this.notify();
    });
    req.on('error', () => this.fail());
    req.on('close', () => {
      if (!req.complete) this.fail();
    });
    req.pause();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private fail(): void {
    this.failure ??= new ClientDisconnectedError();
    this.notify();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    for (;;) {
      const chunk = this.queue.shift();
      if (chunk) {
        yield chunk;
        continue;
      }
      if (this.failure) throw this.failure;
      if (this.ended) return;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.req.resume();
      });
    }
  }

  /** Drops what has not been read yet. */
  discardRest(): void {
    this.discarding = true;
    this.queue.length = 0;
    this.req.resume();
  }
}
