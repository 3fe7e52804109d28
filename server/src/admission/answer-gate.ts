/**
 * Admission control for large answers: a weighted semaphore with a bounded FIFO queue.
 *
 * Each answer asks for a weight (its expected size); answers in the making together hold at most
 * `capacity`. A weight of at most `freeWeight` never waits (it is counted, so big answers see it),
 * so small answers never queue behind big ones. A bigger one waits its turn in arrival order, or
 * is refused at once when `maxQueued` already wait, or after `maxWaitMs`; a refusal is a clear
 * "busy, retry" for the caller, where admitting it could run the process out of heap.
 *
 * A holder (one request) that already holds a permit never waits for another: a request whose
 * first answer is held until its response is written, waiting for a second one behind others
 * doing the same, would wait forever. Its extra weight is granted when it fits, refused otherwise.
 * A weight above the capacity is cut to it: such an answer runs alone, never beside another.
 */

export interface AnswerGateLimits {
  /** Total weight of the answers in the making at once. */
  capacity: number;
  /** Weights up to this are granted at once (and counted). */
  freeWeight: number;
  /** Callers waiting at most; the next one is refused at once. */
  maxQueued: number;
  /** Longest wait before a caller is refused. */
  maxWaitMs: number;
}

export type RefusalReason = 'QUEUE_FULL' | 'WAITED_TOO_LONG' | 'REQUEST_TOO_BIG' | 'CANCELLED';

/** Why an answer was not admitted; `retryable` except when one request asks for more than the capacity. */
export class AdmissionRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'AdmissionRefused';
  }

  get retryable(): boolean {
    return this.reason !== 'REQUEST_TOO_BIG';
  }
}

export interface GateStats {
  /** Weight granted and not yet released. */
  used: number;
  /** Permits granted and not yet released. */
  permits: number;
  /** Callers waiting. */
  queued: number;
  /** Since start: granted at once, granted after waiting, refused. */
  grantedAtOnce: number;
  grantedAfterWait: number;
  refused: number;
}

/** A granted weight. Release it once the answer's memory is gone; `shrinkTo` gives back what the answer turned out not to need. */
export interface Permit {
  readonly weight: number;
  shrinkTo(weight: number): void;
  release(): void;
}

interface Waiter {
  weight: number;
  holder: object;
  resolve: (permit: Permit) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout | null;
  onAbort: (() => void) | null;
  signal: AbortSignal | null;
}

export class AnswerGate {
  private used = 0;
  private permits = 0;
  private readonly queue: Waiter[] = [];
  /** Per holder (a request): its permits not yet released and their weight, for the rule that a holder never waits. */
  private readonly holders = new Map<object, { permits: number; weight: number }>();
  private readonly counts = { grantedAtOnce: 0, grantedAfterWait: 0, refused: 0 };

  constructor(readonly limits: AnswerGateLimits) {
    if (!(limits.capacity > 0) || limits.freeWeight < 0 || limits.maxQueued < 0 || !(limits.maxWaitMs > 0)) {
      throw new Error(`invalid admission limits: ${JSON.stringify(limits)}`);
    }
  }

  /**
   * A permit for `weight`, at once or after waiting; rejects with AdmissionRefused. `holder`
   * identifies the request (its permits together); `signal` cancels a wait (the client left).
   */
  acquire(weight: number, holder: object = {}, signal?: AbortSignal): Promise<Permit> {
    const w = this.clamp(weight);
    if (signal?.aborted) return Promise.reject(this.refusal('CANCELLED', 'the request was cancelled before its answer was admitted'));
    const holding = this.holders.has(holder);
    if (w <= this.limits.freeWeight || ((holding || this.queue.length === 0) && this.fits(w))) {
      this.counts.grantedAtOnce++;
      return Promise.resolve(this.grant(w, holder));
    }
    if (holding) return Promise.reject(this.holderRefusal(holder, w));
    if (this.queue.length >= this.limits.maxQueued) {
      return Promise.reject(this.refusal('QUEUE_FULL', `${this.queue.length} large answers are already waiting to be computed`));
    }
    return new Promise<Permit>((resolve, reject) => {
      const waiter: Waiter = { weight: w, holder, resolve, reject, timer: null, onAbort: null, signal: signal ?? null };
      const seconds = Math.round(this.limits.maxWaitMs / 1000);
      waiter.timer = setTimeout(() => this.drop(waiter, 'WAITED_TOO_LONG', `no room to compute it within ${seconds} s`), this.limits.maxWaitMs);
      waiter.timer.unref();
      if (signal) {
        waiter.onAbort = () => this.drop(waiter, 'CANCELLED', 'the request was cancelled while its answer waited');
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.queue.push(waiter);
    });
  }

  stats(): GateStats {
    return { used: this.used, permits: this.permits, queued: this.queue.length, ...this.counts };
  }

  private clamp(weight: number): number {
    if (!Number.isFinite(weight) || weight < 0) return this.limits.capacity;
    return Math.min(Math.ceil(weight), this.limits.capacity);
  }

  private fits(weight: number): boolean {
    return this.used + weight <= this.limits.capacity;
  }

  private grant(weight: number, holder: object): Permit {
    const held = this.holders.get(holder) ?? { permits: 0, weight: 0 };
    this.holders.set(holder, held);
    held.permits++;
    held.weight += weight;
    this.used += weight;
    this.permits++;
    let current = weight;
    let released = false;
    const giveBack = (amount: number) => {
      current -= amount;
      held.weight -= amount;
      this.used -= amount;
    };
    return {
      get weight() {
        return current;
      },
      shrinkTo: (next: number) => {
        const target = Math.max(0, Math.min(current, Math.ceil(next)));
        if (released || !(target < current)) return;
        giveBack(current - target);
        this.drain();
      },
      release: () => {
        if (released) return;
        released = true;
        giveBack(current);
        this.permits--;
        if (--held.permits === 0) this.holders.delete(holder);
        this.drain();
      },
    };
  }

  /** Grants waiters in arrival order while the first fits; a waiter whose request meanwhile got a permit is decided at once. */
  private drain(): void {
    for (let i = 0; i < this.queue.length; ) {
      const waiter = this.queue[i];
      const holding = this.holders.has(waiter.holder);
      if (!holding && (i > 0 || !this.fits(waiter.weight))) {
        i++;
        continue;
      }
      this.remove(waiter);
      if (holding && !this.fits(waiter.weight)) {
        waiter.reject(this.holderRefusal(waiter.holder, waiter.weight));
        continue;
      }
      this.counts.grantedAfterWait++;
      waiter.resolve(this.grant(waiter.weight, waiter.holder));
    }
  }

  private remove(waiter: Waiter): boolean {
    const at = this.queue.indexOf(waiter);
    if (at < 0) return false;
    this.queue.splice(at, 1);
    if (waiter.timer) clearTimeout(waiter.timer);
    if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
    return true;
  }

  private drop(waiter: Waiter, reason: RefusalReason, message: string): void {
    if (!this.remove(waiter)) return;
    waiter.reject(this.refusal(reason, message));
    this.drain();
  }

  private holderRefusal(holder: object, weight: number): AdmissionRefused {
    const total = (this.holders.get(holder)?.weight ?? 0) + weight;
    return total > this.limits.capacity
      ? this.refusal('REQUEST_TOO_BIG', 'this request asks for more large answers than the server computes at once: ask for them in separate requests')
      : this.refusal('QUEUE_FULL', 'no room to compute another large answer for this request now');
  }

  private refusal(reason: RefusalReason, message: string): AdmissionRefused {
    this.counts.refused++;
    return new AdmissionRefused(reason, message);
  }
}
