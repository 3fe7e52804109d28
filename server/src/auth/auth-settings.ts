/** Cookie names and lifetimes of dashboard sessions. */
export const SESSION_COOKIE = 'cxlens_session';
export const REFRESH_COOKIE = 'cxlens_refresh';
export const CSRF_COOKIE = 'cxlens_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const ACCESS_TTL_SECONDS = 15 * 60;
export const REFRESH_TTL_SECONDS = 14 * 24 * 3600;
/** How long an authenticated principal is reused before the session/token is checked again. */
export const PRINCIPAL_CACHE_MS = 30_000;

/** Injection token for the HMAC key that signs session tokens. */
export const SESSION_KEY = Symbol('SESSION_KEY');
