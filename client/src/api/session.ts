/**
 * The pure parts of the dashboard's session handling: the CSRF double-submit header, recognising
 * an ended session, and one shared refresh for every request that finds its session expired.
 * The browser wiring (fetch, document.cookie, events) is in sessionClient.ts.
 */

export const CSRF_COOKIE = 'cxlens_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const LOGIN_PATH = '/login';
export const SETUP_PATH = '/setup';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** One cookie's value from a `document.cookie` string. */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}

/**
 * The header that proves a cookie-authenticated request comes from the dashboard's own script:
 * the server compares it with the CSRF cookie, which another site can neither read nor set.
 * Read at send time, so a retry after a refresh carries the new value.
 */
export function csrfHeaders(method: string | undefined, cookies: string): Record<string, string> {
  if (SAFE_METHODS.has((method ?? 'GET').toUpperCase())) return {};
  const token = readCookie(cookies, CSRF_COOKIE);
  return token ? { [CSRF_HEADER]: token } : {};
}

/** Whether the dashboard may hold a session: the readable CSRF cookie lives exactly as long as the refresh cookie. */
export function mayBeSignedIn(cookies: string): boolean {
  return Boolean(readCookie(cookies, CSRF_COOKIE));
}

interface ErrorsBody {
  errors?: readonly { extensions?: Record<string, unknown> }[];
}

/** An answer that means "no valid session": HTTP 401, or a GraphQL error coded UNAUTHENTICATED (sent with 200). */
export function isAuthFailure(status: number, body: unknown): boolean {
  if (status === 401) return true;
  const errors = (body as ErrorsBody | null | undefined)?.errors;
  return Array.isArray(errors) && errors.some((error) => error?.extensions?.code === 'UNAUTHENTICATED');
}

/** Wraps an async task so that callers arriving while it runs share the same run. */
export function singleFlight<T>(task: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= task().finally(() => {
      pending = null;
    });
    return pending;
  };
}

export interface SessionGuardOptions {
  /** Renews the session (POST /api/auth/refresh); true when it worked. */
  refresh: () => Promise<boolean>;
  /** The session cannot be renewed: the user must sign in again. */
  onEnded: () => void;
}

export interface SessionGuard {
  /**
   * Sends a request; when `failed` says its session had ended, renews the session once (shared
   * with every other request in the same situation) and sends it again.
   */
  run<R>(send: () => Promise<R>, failed: (answer: R) => boolean): Promise<R>;
  /** Renews the session now (single flight). */
  refresh: () => Promise<boolean>;
}

export function createSessionGuard({ refresh, onEnded }: SessionGuardOptions): SessionGuard {
  // Counts successful renewals: a request sent before the latest one only needs to be sent again.
  let generation = 0;
  const renew = singleFlight(async () => {
    const ok = await refresh();
    if (ok) generation += 1;
    return ok;
  });

  return {
    refresh: renew,
    async run(send, failed) {
      const sentIn = generation;
      const first = await send();
      if (!failed(first)) return first;
      // The refresh cookie rotates on every use: two refreshes at once would end the session.
      const renewed = generation !== sentIn || (await renew());
      if (!renewed) {
        onEnded();
        return first;
      }
      const second = await send();
      if (failed(second)) onEnded();
      return second;
    },
  };
}

/**
 * Where to go after signing in: only a path of this site (never `//evil.example` or an absolute
 * URL, which would make the sign-in page an open redirect), and never back to the sign-in pages.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (/[\u0000-\u001f]/.test(next)) return '/';
  const path = next.split(/[?#]/)[0];
  if (path === LOGIN_PATH || path === SETUP_PATH) return '/';
  return next;
}

/** The sign-in page, asked to come back to `next` (a path with its query string) afterwards. */
export function loginPath(next?: string): string {
  const target = next ? safeNextPath(next) : '/';
  return target === '/' ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(target)}`;
}
