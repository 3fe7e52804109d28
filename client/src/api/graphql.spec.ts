import { mockFetch } from '../test/fetchMock';
import { BUSY_RETRIES, GraphQLRequestError, busyRetryAfterSeconds, gqlRequest, isNetworkError } from './graphql';
import { onSessionEvent } from './sessionClient';

describe('gqlRequest', () => {
  it('posts the query and variables as JSON and returns data', async () => {
    const fetch = mockFetch({ body: { data: { site: { id: '1' } } } });
    await expect(gqlRequest('query Site($id: ID!) { site(id: $id) { id } }', { id: '1' })).resolves.toEqual({
      site: { id: '1' },
    });
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual({
      query: 'query Site($id: ID!) { site(id: $id) { id } }',
      variables: { id: '1' },
    });
  });

  it("throws the server's messages when the response carries errors, even with partial data", async () => {
    mockFetch({ body: { data: { sites: [] }, errors: [{ message: 'First' }, { message: 'Second' }] } });
    const error = await gqlRequest('{ sites { id } }').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).message).toBe('First\nSecond');
    expect((error as GraphQLRequestError).kind).toBe('graphql');
  });

  it('reports GraphQL errors sent with an HTTP error status (validation failures)', async () => {
    mockFetch({ status: 400, body: { errors: [{ message: 'Cannot query field "nope" on type "Query".' }] } });
    await expect(gqlRequest('{ nope }')).rejects.toThrow('Cannot query field "nope" on type "Query".');
  });

  it('reports an HTTP failure without a GraphQL body by its status', async () => {
    mockFetch({ status: 502, body: '<html>Bad gateway</html>' });
    await expect(gqlRequest('{ sites { id } }')).rejects.toMatchObject({ kind: 'http', status: 502 });
  });

  it('marks a failure to reach the server as a network error', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    const error = await gqlRequest('{ sites { id } }').catch((caught: unknown) => caught);
    expect(isNetworkError(error)).toBe(true);
  });
});

describe('gqlRequest when the server is busy', () => {
  const BUSY = { data: null, errors: [{ message: 'The server is busy; retry in 5 seconds.', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 5 } }] };
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends the request again after the wait the server names, and returns the answer', async () => {
    const fetch = mockFetch({ body: BUSY }, { body: { data: { metrics: { rowCount: 3 } } } });
    const answer = gqlRequest('{ metrics { rowCount } }');
    await jest.advanceTimersByTimeAsync(4_999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toEqual({ metrics: { rowCount: 3 } });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it(`gives up after ${BUSY_RETRIES} retries with the server's message`, async () => {
    const fetch = mockFetch({ body: BUSY });
    const answer = gqlRequest('{ metrics { rowCount } }').catch((caught: unknown) => caught);
    await jest.advanceTimersByTimeAsync(5_000 * BUSY_RETRIES);
    const error = await answer;
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).message).toBe('The server is busy; retry in 5 seconds.');
    expect(busyRetryAfterSeconds(error)).toBe(5);
    expect(fetch).toHaveBeenCalledTimes(1 + BUSY_RETRIES);
  });

  it('stops waiting when the request is aborted, and never retries other errors', async () => {
    const fetch = mockFetch({ body: BUSY });
    const controller = new AbortController();
    const answer = gqlRequest('{ metrics { rowCount } }', {}, { signal: controller.signal }).catch((caught: unknown) => caught);
    await jest.advanceTimersByTimeAsync(1_000);
    controller.abort(new DOMException('left the page', 'AbortError'));
    expect(await answer).toMatchObject({ name: 'AbortError' });
    expect(fetch).toHaveBeenCalledTimes(1);

    const invalid = mockFetch({ body: { errors: [{ message: 'filter.from is not a date', extensions: { code: 'BAD_USER_INPUT' } }] } });
    await expect(gqlRequest('{ metrics { rowCount } }')).rejects.toThrow('filter.from is not a date');
    expect(invalid).toHaveBeenCalledTimes(1);
  });
});

describe('gqlRequest within the session', () => {
  const UNAUTHENTICATED = { errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] };
  let cookie = '';

  beforeEach(() => {
    cookie = 'cxlens_csrf=first';
    // The unit project runs in node: a document with just the cookie the client reads.
    Object.defineProperty(globalThis, 'document', { configurable: true, value: { get cookie() { return cookie; } } });
  });
  afterEach(() => {
    delete (globalThis as { document?: unknown }).document;
  });

  const urls = (fetch: jest.Mock) => fetch.mock.calls.map(([url]) => url);
  const csrf = (fetch: jest.Mock, call: number) => (fetch.mock.calls[call][1] as RequestInit & { headers: Record<string, string> }).headers['x-csrf-token'];

  it('sends the CSRF cookie back in the x-csrf-token header', async () => {
    const fetch = mockFetch({ body: { data: { ok: true } } });
    await gqlRequest('{ ok }');
    expect(csrf(fetch, 0)).toBe('first');
    expect((fetch.mock.calls[0][1] as RequestInit).credentials).toBe('same-origin');
  });

  it('renews an expired session once for concurrent requests and sends each again with the new CSRF value', async () => {
    let renewed = false;
    const fetch = jest.fn(async (url: string) => {
      if (url === '/api/auth/refresh') {
        renewed = true;
        cookie = 'cxlens_csrf=second';
        return { ok: true, status: 200, text: async () => JSON.stringify({ user: { id: '1' } }) } as Response;
      }
      const body = renewed ? { data: { ok: true } } : UNAUTHENTICATED;
      return { ok: true, status: 200, text: async () => JSON.stringify(body) } as Response;
    });
    globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
    await expect(Promise.all([gqlRequest('{ a: ok }'), gqlRequest('{ b: ok }')])).resolves.toEqual([{ ok: true }, { ok: true }]);
    expect(urls(fetch).filter((url) => url === '/api/auth/refresh')).toHaveLength(1);
    expect(urls(fetch).filter((url) => url === '/graphql')).toHaveLength(4);
    expect(csrf(fetch, 4)).toBe('second');
  });

  it('reports the ended session when it cannot be renewed (HTTP 401 too)', async () => {
    const events: string[] = [];
    const stop = onSessionEvent((event) => events.push(event.type));
    const fetch = mockFetch({ status: 401, body: { errors: [{ message: 'The API token is invalid', extensions: { code: 'UNAUTHENTICATED' } }] } }, { status: 401, body: { message: 'The session has ended; sign in again.' } });
    const error = await gqlRequest('{ ok }').catch((caught: unknown) => caught);
    stop();
    expect(error).toMatchObject({ kind: 'graphql', status: 401 });
    expect(urls(fetch)).toEqual(['/graphql', '/api/auth/refresh']);
    expect(events).toEqual(['ended']);
  });
});
