import { hash } from '@node-rs/argon2';
import { DEMO_BLIND_SPOT_SITE } from './sites-catalog';

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

/** One demo login per role, printed at start-up. For trying cxlens locally, never for production data. */
export const DEMO_LOGINS = [
  { email: 'admin@northwind.example', name: 'Ada Admin', role: 'ADMIN', password: 'demo-admin-pass', site: null },
  { email: 'director@northwind.example', name: 'Dora Director', role: 'DIRECTOR', password: 'demo-director-pass', site: null },
  { email: 'manila.manager@northwind.example', name: 'Miguel Manager', role: 'SITE_MANAGER', password: 'demo-manager-pass', site: DEMO_BLIND_SPOT_SITE },
  { email: 'analyst@northwind.example', name: 'Ana Analyst', role: 'ANALYST', password: 'demo-analyst-pass', site: null },
] as const;

/** Creates the demo accounts in the demo organisation (as the owner, at start-up); existing ones are kept. */
export async function ensureDemoAccounts(db: Queryable, orgSlug = 'demo'): Promise<boolean> {
  const [org] = await db.query(`SELECT id::text AS id FROM organization WHERE slug = $1`, [orgSlug]);
  if (!org) return false;
  for (const login of DEMO_LOGINS) {
    const [user] = await db.query(
      `INSERT INTO app_user (org_id, email, name, role, password_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (org_id, email) DO NOTHING RETURNING id`,
      [org.id, login.email, login.name, login.role, await hash(login.password)],
    );
    if (user && login.site) {
      await db.query(
        `INSERT INTO user_site (org_id, user_id, site_id) SELECT $1, $2, id FROM site WHERE org_id = $1 AND code = $3 ON CONFLICT DO NOTHING`,
        [org.id, user.id, login.site],
      );
    }
  }
  return true;
}
