import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_ROLE } from '../../../migrations/1764576000000-Security';

/**
 * The application's login: the migrated cxlens_app role (no BYPASSRLS, not the
 * owner). Its password is derived from the owner's, so every instance against
 * the same database agrees on it without another secret to distribute
 * (CXLENS_APP_DB_PASSWORD overrides it).
 */
export function appRolePassword(ownerUrl: string, explicit?: string | null): string {
  const url = new URL(ownerUrl);
  const password = explicit || createHmac('sha256', decodeURIComponent(url.password) || ownerUrl).update(APP_ROLE).digest('base64url');
  // ALTER ROLE cannot take a bind parameter: only characters that cannot end the literal.
  if (!/^[A-Za-z0-9_\-.~+/=]{8,200}$/.test(password)) {
    throw new Error('CXLENS_APP_DB_PASSWORD may use letters, digits and - _ . ~ + / = (8-200 characters)');
  }
  return password;
}

export function appRoleUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** Gives the app role LOGIN with its password (as the owner, at start-up) and returns its connection URL. */
export async function enableAppRole(owner: DataSource, ownerUrl: string, explicit?: string | null): Promise<string> {
  const password = appRolePassword(ownerUrl, explicit);
  await owner.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD '${password}'`);
  return appRoleUrl(ownerUrl, password);
}
