import { hash } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import { MIN_PASSWORD_LENGTH } from '../accounts/accounts.service';
import { randomSecret, sameSecret } from './secrets';

export const OWNER_DATA_SOURCE = Symbol('OWNER_DATA_SOURCE');

/** A one-time setup link, pending while no account exists and no admin was given in the environment. */
export class SetupState {
  constructor(private token: string | null) {}

  get pending(): boolean {
    return this.token !== null;
  }

  get link(): string | null {
    return this.token && `/setup?token=${this.token}`;
  }

  matches(token: string): boolean {
    return this.token !== null && sameSecret(this.token, token);
  }

  spend(): void {
    this.token = null;
  }
}

function slugOf(name: string): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return slug.length >= 2 ? slug : 'org';
}

export interface FirstAdmin {
  /** Refuse when any account exists (the setup link); the environment path checks before calling. */
  onlyIfNoAccount?: boolean;
  organization: string;
  email: string;
  name: string;
  password: string;
}

export class FirstAdminError extends Error {}

/** Creates the first organisation (unless one exists) and its admin, as the database owner. */
export async function createFirstAdmin(owner: DataSource, admin: FirstAdmin): Promise<void> {
  const email = admin.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new FirstAdminError(`"${admin.email}" is not an email address`);
  if (admin.password.length < MIN_PASSWORD_LENGTH) throw new FirstAdminError(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  await owner.transaction(async (m) => {
    await m.query(`LOCK TABLE app_user IN EXCLUSIVE MODE`);
    const [{ any }] = await m.query(`SELECT EXISTS (SELECT 1 FROM app_user) AS any`);
    if (any && admin.onlyIfNoAccount) throw new FirstAdminError('An account exists already: sign in instead.');
    const [existing] = await m.query(`SELECT id::text AS id FROM organization ORDER BY id LIMIT 1`);
    const orgId = existing?.id ?? (await m.query(`INSERT INTO organization (slug, name) VALUES ($1, $2) RETURNING id::text AS id`, [slugOf(admin.organization), admin.organization.trim() || 'My organisation']))[0].id;
    await m.query(
      `INSERT INTO app_user (org_id, email, name, role, password_hash) VALUES ($1, $2, $3, 'ADMIN', $4)`,
      [orgId, email, admin.name.trim() || email, await hash(admin.password)],
    );
  });
}

/**
 * At start-up: with no account at all, create the admin named by CXLENS_ADMIN_EMAIL /
 * CXLENS_ADMIN_PASSWORD, or else open a one-time setup link (printed by main).
 */
export async function createFirstAdminOrSetupLink(
  owner: DataSource,
  admin: { email: string | null; password: string | null; organization: string },
  log: (m: string) => void,
): Promise<SetupState> {
  const [{ any }] = await owner.query(`SELECT EXISTS (SELECT 1 FROM app_user) AS any`);
  if (any) return new SetupState(null);
  if (admin.email && admin.password) {
    await createFirstAdmin(owner, { organization: admin.organization, email: admin.email, name: 'Administrator', password: admin.password });
    log(`Created the first admin account ${admin.email} (from CXLENS_ADMIN_EMAIL).`);
    return new SetupState(null);
  }
  return new SetupState(randomSecret(24));
}
