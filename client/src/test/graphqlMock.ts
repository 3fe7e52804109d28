/** A GraphQL answer per operation name: data, a function of the variables, or an error message. */
export type OperationHandler = unknown | ((variables: Record<string, unknown>) => unknown) | { errors: string[] };

export interface GraphQLCall {
  operation: string;
  variables: Record<string, unknown>;
  /** The request's headers (the CSRF header among them). */
  headers: Record<string, string>;
}

/** An answer of a REST route of the fake server. */
export interface RestAnswer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RestHandler = (request: { url: string; method: string; body: unknown; headers: Record<string, string> }) => RestAnswer;

/** A fetch Response stand-in with what the client reads: status, headers, text and blob. */
export function fakeResponse({ status = 200, body, headers = {} }: RestAnswer): Response {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: status === 200 ? 'OK' : 'Error',
    headers: { get: (name: string) => lower[name.toLowerCase()] ?? null },
    text: async () => text,
    blob: async () => new Blob([text]),
  } as unknown as Response;
}

/**
 * Replaces fetch with a fake /graphql that answers by operation name (`query Summary(…)` →
 * handlers.Summary); an operation without a handler fails the way the server would. Other URLs
 * (the REST routes: /api/auth/…, /api/exports/…) go to `rest[path]` keyed by their path without
 * the query. Returns the GraphQL calls made, for assertions on the variables sent.
 */
export function mockGraphQL(handlers: Record<string, OperationHandler>, rest: Record<string, RestHandler> = {}): GraphQLCall[] {
  const calls: GraphQLCall[] = [];
  globalThis.fetch = jest.fn(async (url: unknown, init?: RequestInit) => {
    const headers = { ...(init?.headers as Record<string, string> | undefined) };
    const path = String(url).split('?')[0];
    if (path !== '/graphql') {
      const handler = rest[path];
      let body: unknown;
      try {
        body = init?.body ? JSON.parse(String(init.body)) : undefined;
      } catch {
        body = init?.body;
      }
      if (!handler) return fakeResponse({ status: 404, body: { message: `No route ${path}` } });
      return fakeResponse(handler({ url: String(url), method: init?.method ?? 'GET', body, headers }));
    }
    const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    calls.push({ operation, variables, headers });
    const handler = handlers[operation];
    let body: unknown;
    if (handler === undefined) body = { errors: [{ message: `Cannot query field for operation "${operation}"` }] };
    else if (handler && typeof handler === 'object' && 'errors' in handler) body = { errors: (handler as { errors: string[] }).errors.map((message) => ({ message })) };
    else body = { data: typeof handler === 'function' ? (handler as (v: Record<string, unknown>) => unknown)(variables) : handler };
    return fakeResponse({ body });
  }) as unknown as typeof fetch;
  return calls;
}
