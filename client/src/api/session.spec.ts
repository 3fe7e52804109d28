import { createSessionGuard, csrfHeaders, isAuthFailure, loginPath, mayBeSignedIn, readCookie, safeNextPath, singleFlight } from './session';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CSRF header', () => {
  const cookies = 'lang=en; cxlens_csrf=Ab9_-x%3D; other=1';

  it('reads one cookie out of document.cookie, decoded', () => {
    expect(readCookie(cookies, 'cxlens_csrf')).toBe('Ab9_-x=');
    expect(readCookie(cookies, 'lang')).toBe('en');
    expect(readCookie(cookies, 'missing')).toBeUndefined();
    expect(readCookie('', 'cxlens_csrf')).toBeUndefined();
    expect(mayBeSignedIn(cookies)).toBe(true);
    expect(mayBeSignedIn('lang=en')).toBe(false);
  });

  it('echoes the CSRF cookie on every method but the safe ones', () => {
    for (const method of ['POST', 'post', 'PUT', 'PATCH', 'DELETE']) expect(csrfHeaders(method, cookies)).toEqual({ 'x-csrf-token': 'Ab9_-x=' });
    for (const method of ['GET', 'HEAD', 'OPTIONS', undefined]) expect(csrfHeaders(method, cookies)).toEqual({});
    expect(csrfHeaders('POST', 'lang=en')).toEqual({});
  });
});

describe('isAuthFailure', () => {
  it('is HTTP 401, or a GraphQL error coded UNAUTHENTICATED whatever the status', () => {
    expect(isAuthFailure(401, undefined)).toBe(true);
    expect(isAuthFailure(200, { errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] })).toBe(true);
    expect(isAuthFailure(200, { errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] })).toBe(false);
    expect(isAuthFailure(403, { errors: [{ message: 'Missing x-csrf-token' }] })).toBe(false);
    expect(isAuthFailure(200, { data: {} })).toBe(false);
    expect(isAuthFailure(502, '<html>')).toBe(false);
  });
});

describe('singleFlight', () => {
  it('shares a running task between callers and starts a new one afterwards', async () => {
    const gate = deferred<number>();
    const task = jest.fn(() => gate.promise);
    const run = singleFlight(task);
    const [a, b] = [run(), run()];
    gate.resolve(7);
    await expect(Promise.all([a, b])).resolves.toEqual([7, 7]);
    expect(task).toHaveBeenCalledTimes(1);
    void run();
    expect(task).toHaveBeenCalledTimes(2);
  });
});

describe('createSessionGuard', () => {
  type Answer = { status: number };
  const failed = (answer: Answer) => answer.status === 401;

  it('passes an answer through when the session is fine', async () => {
    const refresh = jest.fn(async () => true);
    const guard = createSessionGuard({ refresh, onEnded: jest.fn() });
    await expect(guard.run(async () => ({ status: 200 }), failed)).resolves.toEqual({ status: 200 });
    expect(refresh).not.toHaveBeenCalled();
  });

  it('renews once for all the requests that found the session expired at the same time, then sends each again', async () => {
    const renewal = deferred<boolean>();
    const refresh = jest.fn(() => renewal.promise);
    const onEnded = jest.fn();
    const guard = createSessionGuard({ refresh, onEnded });
    let renewed = false;
    const sends = [jest.fn(), jest.fn(), jest.fn()].map((spy) => async () => {
      spy();
      return { status: renewed ? 200 : 401, spy };
    });
    const runs = sends.map((send) => guard.run(send, failed));
    await tick();
    expect(refresh).toHaveBeenCalledTimes(1);
    renewed = true;
    renewal.resolve(true);
    const answers = await Promise.all(runs);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.spy.mock.calls.length)).toEqual([2, 2, 2]);
    expect(onEnded).not.toHaveBeenCalled();
  });

  it('does not renew again for a request sent before the latest renewal: it only sends it again', async () => {
    const refresh = jest.fn(async () => true);
    const guard = createSessionGuard({ refresh, onEnded: jest.fn() });
    const slow = deferred<Answer>();
    let second = false;
    const slowRun = guard.run(() => (second ? Promise.resolve({ status: 200 }) : slow.promise), failed);
    // Meanwhile another request expires and renews the session.
    let fastCalls = 0;
    await guard.run(async () => ({ status: fastCalls++ === 0 ? 401 : 200 }), failed);
    expect(refresh).toHaveBeenCalledTimes(1);
    second = true;
    slow.resolve({ status: 401 });
    await expect(slowRun).resolves.toEqual({ status: 200 });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('ends the session when the renewal fails, without sending again', async () => {
    const onEnded = jest.fn();
    const guard = createSessionGuard({ refresh: async () => false, onEnded });
    const send = jest.fn(async () => ({ status: 401 }));
    await expect(guard.run(send, failed)).resolves.toEqual({ status: 401 });
    expect(send).toHaveBeenCalledTimes(1);
    expect(onEnded).toHaveBeenCalledTimes(1);
  });

  it('ends the session when the request is refused even after a renewal, and tries only once', async () => {
    const onEnded = jest.fn();
    const refresh = jest.fn(async () => true);
    const guard = createSessionGuard({ refresh, onEnded });
    const send = jest.fn(async () => ({ status: 401 }));
    await guard.run(send, failed);
    expect([send.mock.calls.length, refresh.mock.calls.length, onEnded.mock.calls.length]).toEqual([2, 1, 1]);
  });

  it('lets a failing renewal (an unreachable server) reach the caller instead of signing the user out', async () => {
    const onEnded = jest.fn();
    const guard = createSessionGuard({ refresh: async () => Promise.reject(new TypeError('fetch failed')), onEnded });
    await expect(guard.run(async () => ({ status: 401 }), failed)).rejects.toThrow('fetch failed');
    expect(onEnded).not.toHaveBeenCalled();
  });
});

describe('where the sign-in page goes next', () => {
  it('keeps paths of this site, with their query', () => {
    expect(safeNextPath('/sites?range=7d&lang=en')).toBe('/sites?range=7d&lang=en');
    expect(safeNextPath('/')).toBe('/');
  });

  it('refuses other sites, odd paths and the sign-in pages themselves', () => {
    for (const next of [null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'sites', '/login?next=/x', '/setup', '/a\nb']) {
      expect(safeNextPath(next)).toBe('/');
    }
  });

  it('builds the sign-in URL that comes back to a page', () => {
    expect(loginPath('/sites?range=7d')).toBe('/login?next=%2Fsites%3Frange%3D7d');
    expect(loginPath('/')).toBe('/login');
    expect(loginPath()).toBe('/login');
    expect(loginPath('//evil.example')).toBe('/login');
  });
});
