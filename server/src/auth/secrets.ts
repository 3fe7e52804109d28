import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Tokens and refresh secrets are stored as SHA-256 digests: high-entropy, so no slow hash is needed. */
export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** API tokens read `cxl_<org id>_<secret>`: the org id routes the lookup; only the digest is stored. */
export function newApiToken(orgId: string): { token: string; prefix: string; hash: string } {
  const token = `cxl_${orgId}_${randomSecret(30)}`;
  return { token, prefix: token.slice(0, token.indexOf('_', 4) + 7), hash: digest(token) };
}

export function parseApiToken(token: string): { orgId: string; hash: string } | null {
  const m = /^cxl_(\d{1,18})_[A-Za-z0-9_-]{40}$/.exec(token);
  return m ? { orgId: m[1], hash: digest(token) } : null;
}

export interface SessionClaims {
  /** user id */
  sub: string;
  org: string;
  /** auth_session id */
  sid: string;
  /** expiry, seconds since the epoch */
  exp: number;
}

/** A short-lived access token: base64url(JSON claims) + '.' + HMAC-SHA256. */
export function signSession(claims: SessionClaims, key: string): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

export function verifySession(token: string, key: string, now = Date.now()): SessionClaims | null {
  const [body, mac, extra] = token.split('.');
  if (!body || !mac || extra !== undefined) return null;
  if (!sameSecret(mac, createHmac('sha256', key).update(body).digest('base64url'))) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as SessionClaims;
    const ids = [claims.sub, claims.org, claims.sid].every((v) => typeof v === 'string' && /^\d{1,18}$/.test(v));
    return ids && typeof claims.exp === 'number' && claims.exp * 1000 > now ? claims : null;
  } catch {
    return null;
  }
}
