import { createSessionGuard, csrfHeaders } from './session';
import type { SessionUser } from './types';

/**
 * The dashboard's one session: every request to the API goes through `sessionGuard` (GraphQL,
 * GraphiQL, uploads, REST), so they all send the CSRF header and share one refresh when the
 * 15-minute session cookie has expired. When the session cannot be renewed, listeners hear
 * `ended` and the app goes to the sign-in page.
 */
export type SessionEvent = { type: 'ended' } | { type: 'renewed'; user: SessionUser };

const listeners = new Set<(event: SessionEvent) => void>();

export function onSessionEvent(listener: (event: SessionEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(event: SessionEvent): void {
  for (const listener of [...listeners]) listener(event);
}

export function documentCookies(): string {
  return typeof document === 'undefined' ? '' : document.cookie;
}

export type JsonRequestInit = Omit<RequestInit, 'headers'> & { headers?: Record<string, string> };

/** Same-origin credentials and, unless the method is safe, the CSRF header. */
export function withCsrf(init: JsonRequestInit = {}): RequestInit {
  return { ...init, credentials: 'same-origin', headers: { ...csrfHeaders(init.method, documentCookies()), ...init.headers } };
}

/** A response body as JSON, or undefined (an HTML error page from a proxy, an empty body). */
export async function readJson<T>(response: Pick<Response, 'text'>): Promise<T | undefined> {
  try {
    return JSON.parse(await response.text()) as T;
  } catch {
    return undefined;
  }
}

async function renew(): Promise<boolean> {
  const response = await fetch('/api/auth/refresh', withCsrf({ method: 'POST' }));
  if (!response.ok) return false;
  const body = await readJson<{ user?: SessionUser }>(response);
  if (body?.user) emit({ type: 'renewed', user: body.user });
  return true;
}

export const sessionGuard = createSessionGuard({ refresh: renew, onEnded: () => emit({ type: 'ended' }) });

/** fetch for the REST API within the session: the CSRF header, and one renewal on 401. */
export function sessionFetch(url: string, init: JsonRequestInit = {}): Promise<Response> {
  return sessionGuard.run(
    () => fetch(url, withCsrf(init)),
    (response) => response.status === 401,
  );
}
