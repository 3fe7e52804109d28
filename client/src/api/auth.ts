import { mayBeSignedIn } from './session';
import { documentCookies, readJson, sessionFetch, withCsrf } from './sessionClient';
import type { SessionUser } from './types';

/** The sign-in, sign-out and first-admin endpoints of /api/auth. Network failures are thrown. */

export interface Credentials {
  email: string;
  password: string;
  /** An organization's slug, for an email that has accounts in several. */
  organization?: string;
}

export type AuthAnswer<T> = ({ ok: true } & T) | { ok: false; status: number; message: string | null; retryAfterSeconds: number | null };

async function failure(response: Response): Promise<AuthAnswer<never>> {
  const body = await readJson<{ message?: unknown }>(response);
  const retryAfter = Number(response.headers?.get('retry-after'));
  return {
    ok: false,
    status: response.status,
    message: typeof body?.message === 'string' ? body.message : null,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  };
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

export async function signIn(credentials: Credentials): Promise<AuthAnswer<{ user: SessionUser }>> {
  const body: Credentials = { email: credentials.email.trim(), password: credentials.password };
  if (credentials.organization?.trim()) body.organization = credentials.organization.trim();
  const response = await fetch('/api/auth/login', withCsrf({ method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) }));
  if (!response.ok) return failure(response);
  const answer = await readJson<{ user: SessionUser }>(response);
  if (!answer?.user) return { ok: false, status: response.status, message: null, retryAfterSeconds: null };
  return { ok: true, user: answer.user };
}

/** Ends the session on the server (revoking its refresh secret) and clears its cookies. */
export async function signOut(): Promise<void> {
  await fetch('/api/auth/logout', withCsrf({ method: 'POST', headers: JSON_HEADERS }));
}

/**
 * The signed-in user, or null. Without the CSRF cookie there is no session to ask about, and no
 * request is sent (a first visit goes straight to the sign-in page).
 */
export async function currentUser(): Promise<SessionUser | null> {
  if (!mayBeSignedIn(documentCookies())) return null;
  const response = await sessionFetch('/api/auth/me', { headers: { accept: 'application/json' } });
  if (!response.ok) return null;
  return (await readJson<SessionUser>(response)) ?? null;
}

export async function setupPending(): Promise<boolean> {
  const response = await fetch('/api/auth/setup', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  return Boolean((await readJson<{ pending?: boolean }>(response))?.pending);
}

export interface FirstAdmin {
  token: string;
  organization: string;
  email: string;
  name: string;
  password: string;
}

export async function createFirstAdmin(input: FirstAdmin): Promise<AuthAnswer<object>> {
  const response = await fetch('/api/auth/setup', withCsrf({ method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(input) }));
  return response.ok ? { ok: true } : failure(response);
}
