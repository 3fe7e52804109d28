import { AdmissionRefused, AnswerGate, Permit } from './answer-gate';

const LIMITS = { capacity: 100, freeWeight: 5, maxQueued: 3, maxWaitMs: 60_000 };

/** Settles pending promise callbacks. */
const flush = () => new Promise((resolve) => setImmediate(resolve));

/** Acquires and records the order in which permits are granted. */
function recorder(gate: AnswerGate) {
  const granted: string[] = [];
  const permits = new Map<string, Permit>();
  const errors = new Map<string, AdmissionRefused>();
  const acquire = (name: string, weight: number, holder: object = {}, signal?: AbortSignal) =>
    gate.acquire(weight, holder, signal).then(
      (permit) => {
        granted.push(name);
        permits.set(name, permit);
        return permit;
      },
      (error: AdmissionRefused) => {
        errors.set(name, error);
      },
    );
  return { granted, permits, errors, acquire };
}

describe('AnswerGate', () => {
  afterEach(() => jest.useRealTimers());

  it('admits weights up to the capacity at once, then makes the rest wait and admits them in arrival order', async () => {
    const gate = new AnswerGate(LIMITS);
    const r = recorder(gate);
    void r.acquire('a', 60);
    void r.acquire('b', 40);
    void r.acquire('c', 50);
    void r.acquire('d', 30);
    await flush();
    expect(r.granted).toEqual(['a', 'b']);
    expect(gate.stats()).toMatchObject({ used: 100, permits: 2, queued: 2 });

    // 30 would fit once b leaves, but c came first: it waits for a to go too.
    r.permits.get('b')!.release();
    await flush();
    expect(r.granted).toEqual(['a', 'b']);
    r.permits.get('a')!.release();
    await flush();
    expect(r.granted).toEqual(['a', 'b', 'c', 'd']);
    expect(gate.stats()).toMatchObject({ used: 80, permits: 2, queued: 0 });
  });

  it('never makes a small weight wait behind big ones, but counts it', async () => {
    const gate = new AnswerGate(LIMITS);
    const r = recorder(gate);
    void r.acquire('big', 98);
    void r.acquire('big2', 50);
    void r.acquire('small', 5);
    void r.acquire('small2', 5);
    await flush();
    expect(r.granted).toEqual(['big', 'small', 'small2']);
    expect(gate.stats().used).toBe(108);
    r.permits.get('big')!.release();
    await flush();
    // 10 of small weight are still out: 50 fits.
    expect(r.granted).toEqual(['big', 'small', 'small2', 'big2']);
  });

  it('cuts a weight above the capacity to it: that answer runs alone', async () => {
    const gate = new AnswerGate(LIMITS);
    const r = recorder(gate);
    void r.acquire('medium', 10);
    void r.acquire('huge', 1e9);
    void r.acquire('unknown', NaN);
    await flush();
    expect(r.granted).toEqual(['medium']);
    r.permits.get('medium')!.release();
    await flush();
    expect(r.granted).toEqual(['medium', 'huge']);
    expect(r.permits.get('huge')!.weight).toBe(100);
    r.permits.get('huge')!.release();
    await flush();
    expect(r.granted).toEqual(['medium', 'huge', 'unknown']);
  });

  it('refuses at once when the queue is full, and refuses a waiter after the longest wait', async () => {
    jest.useFakeTimers();
    const gate = new AnswerGate(LIMITS);
    const r = recorder(gate);
    void r.acquire('running', 100);
    for (const name of ['w1', 'w2', 'w3', 'over']) void r.acquire(name, 50);
    await Promise.resolve();
    await Promise.resolve();
    expect(r.errors.get('over')).toBeInstanceOf(AdmissionRefused);
    expect(r.errors.get('over')!.reason).toBe('QUEUE_FULL');
    expect(r.errors.get('over')!.retryable).toBe(true);
    expect(gate.stats().queued).toBe(3);

    jest.advanceTimersByTime(LIMITS.maxWaitMs);
    await Promise.resolve();
    expect(['w1', 'w2', 'w3'].map((name) => r.errors.get(name)?.reason)).toEqual(['WAITED_TOO_LONG', 'WAITED_TOO_LONG', 'WAITED_TOO_LONG']);
    expect(gate.stats()).toMatchObject({ used: 100, queued: 0, refused: 4 });
  });

  it('gives the weight back when the work fails, as the caller releases in finally; releasing twice counts once', async () => {
    const gate = new AnswerGate(LIMITS);
    const r = recorder(gate);
    const work = async () => {
      const permit = await gate.acquire(80);
      try {
        throw new Error('query failed');
      } finally {
        permit.release();
        permit.release();
      }
    };
    await expect(work()).rejects.toThrow('query failed');
    expect(gate.stats()).toMatchObject({ used: 0, permits: 0 });
    void r.acquire('next', 100);
    await flush();
    expect(r.granted).toEqual(['next']);
  });

  it('lets a shrunk permit make room for the next waiter', async () => {
    const gate = new AnswerGate(LIMITS);
    const r = recorder(gate);
    void r.acquire('estimated', 90);
    void r.acquire('next', 40);
    await flush();
    expect(r.granted).toEqual(['estimated']);
    r.permits.get('estimated')!.shrinkTo(60);
    r.permits.get('estimated')!.shrinkTo(70); // never grows back
    await flush();
    expect(r.granted).toEqual(['estimated', 'next']);
    expect(gate.stats().used).toBe(100);
    r.permits.get('estimated')!.release();
    expect(gate.stats().used).toBe(40);
  });

  it('never makes a request that holds a permit wait for another: granted if it fits, refused otherwise', async () => {
    const gate = new AnswerGate(LIMITS);
    const r = recorder(gate);
    const request = {};
    void r.acquire('first', 50, request);
    void r.acquire('other', 40);
    void r.acquire('queued', 30);
    void r.acquire('second', 10, request); // jumps the queue: it must not wait behind answers waiting for its own permit
    await flush();
    expect(r.granted).toEqual(['first', 'other', 'second']);
    void r.acquire('third', 20, request);
    await flush();
    expect(r.errors.get('third')!.reason).toBe('QUEUE_FULL');
    void r.acquire('too big', 50, request);
    await flush();
    expect(r.errors.get('too big')!.reason).toBe('REQUEST_TOO_BIG');
    expect(r.errors.get('too big')!.retryable).toBe(false);
  });

  it('decides at once a waiter whose request got its first permit meanwhile (two big fields of one request)', async () => {
    const gate = new AnswerGate(LIMITS);
    const r = recorder(gate);
    const request = {};
    void r.acquire('running', 70);
    void r.acquire('field 1', 60, request);
    void r.acquire('field 2', 30, request);
    await flush();
    expect(r.granted).toEqual(['running']);
    r.permits.get('running')!.release();
    await flush();
    expect(r.granted).toEqual(['running', 'field 1', 'field 2']);
    expect(gate.stats()).toMatchObject({ used: 90, queued: 0 });
  });

  it('drops a waiter whose client left, and lets the next one in', async () => {
    const gate = new AnswerGate(LIMITS);
    const r = recorder(gate);
    const left = new AbortController();
    void r.acquire('running', 60);
    void r.acquire('gone', 80, {}, left.signal);
    void r.acquire('next', 40);
    await flush();
    expect(r.granted).toEqual(['running']);
    left.abort();
    await flush();
    expect(r.errors.get('gone')!.reason).toBe('CANCELLED');
    expect(r.granted).toEqual(['running', 'next']);
    await expect(gate.acquire(10, {}, left.signal)).rejects.toMatchObject({ reason: 'CANCELLED' });
  });
});
