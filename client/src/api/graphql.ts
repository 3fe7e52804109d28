import { isAuthFailure } from './session';
import { sessionGuard, withCsrf } from './sessionClient';

/** The GraphQL endpoint, same origin: Vite proxies it in development, the server serves it in production. */
export const GRAPHQL_ENDPOINT = '/graphql';

export type Variables = Record<string, unknown>;

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export type GraphQLRequestErrorKind = 'graphql' | 'http' | 'network';

/** Any failure of a GraphQL request; `message` is the server's own when it sent one. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly kind: GraphQLRequestErrorKind,
    readonly status?: number,
    readonly errors: readonly GraphQLErrorEntry[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export function isNetworkError(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.kind === 'network';
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
}

interface PostAnswer<T> {
  status: number;
  statusText: string;
  ok: boolean;
  body: GraphQLResponse<T> | undefined;
}

/** How often a request the server refused as busy is sent again, and the longest wait before it. */
export const BUSY_RETRIES = 2;
const MAX_BUSY_WAIT_SECONDS = 30;

/**
 * The seconds to wait before sending again a request refused with TOO_MANY_REQUESTS (the server's
 * admission control for large analytics answers: nothing was computed), or null for any other failure.
 */
export function busyRetryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof GraphQLRequestError) || error.errors.length === 0) return null;
  if (!error.errors.every((entry) => entry.extensions?.code === 'TOO_MANY_REQUESTS')) return null;
  const seconds = Math.max(...error.errors.map((entry) => Number(entry.extensions?.retryAfterSeconds) || 1));
  return Math.min(seconds, MAX_BUSY_WAIT_SECONDS);
}

/**
 * POSTs one operation and returns its `data`. Errors in the response are thrown (as a whole:
 * a partial answer would show a misleading screen), with the server's messages joined. Sent
 * within the session: with the CSRF header, and once more after renewing an expired session.
 * A busy server's refusal is retried after the wait it names, BUSY_RETRIES times, the screen
 * loading meanwhile; then it is thrown like any error.
 */
export async function gqlRequest<T, V extends Variables = Variables>(
  query: string,
  variables?: V,
  init: { signal?: AbortSignal } = {},
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await requestOnce<T, V>(query, variables, init);
    } catch (error) {
      const wait = busyRetryAfterSeconds(error);
      if (wait === null || attempt >= BUSY_RETRIES || init.signal?.aborted) throw error;
      await delay(wait * 1000, init.signal);
    }
  }
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function requestOnce<T, V extends Variables>(query: string, variables: V | undefined, init: { signal?: AbortSignal }): Promise<T> {
  const payload = JSON.stringify({ query, variables: variables ?? {} });
  let answer: PostAnswer<T>;
  try {
    answer = await sessionGuard.run(
      () => post<T>(payload, init.signal),
      ({ status, body }) => isAuthFailure(status, body),
    );
  } catch (cause) {
    if (init.signal?.aborted || cause instanceof GraphQLRequestError) throw cause;
    throw new GraphQLRequestError(cause instanceof Error ? cause.message : String(cause), 'network');
  }

  const { body, status } = answer;
  const errors = body?.errors ?? [];
  if (errors.length > 0) {
    const message = errors.map((error) => error.message).join('\n');
    throw new GraphQLRequestError(message, 'graphql', status, errors);
  }
  if (!answer.ok) {
    throw new GraphQLRequestError(`HTTP ${status} ${answer.statusText}`.trim(), 'http', status);
  }
  if (body?.data == null) {
    throw new GraphQLRequestError('The server answered without data.', 'graphql', status);
  }
  return body.data;
}

async function post<T>(payload: string, signal: AbortSignal | undefined): Promise<PostAnswer<T>> {
  const response = await fetch(
    GRAPHQL_ENDPOINT,
    withCsrf({
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: payload,
      signal,
    }),
  );
  const body = parseBody<T>(await response.text());
  return { status: response.status, statusText: response.statusText, ok: response.ok, body };
}

function parseBody<T>(text: string): GraphQLResponse<T> | undefined {
  // A proxy in front of the API may answer with HTML (502 pages); treat that as no GraphQL body.
  try {
    return JSON.parse(text) as GraphQLResponse<T>;
  } catch {
    return undefined;
  }
}
