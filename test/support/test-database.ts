import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { adminUrl, databaseUrl, TEMPLATE_DB, withAdminClient } from './pg-admin';

export interface TestDatabase {
  name: string;
  url: string;
  /** A connected client on this database (closed by drop()). */
  client: Client;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `cxlens_t_${randomBytes(5).toString('hex')}`;
  const create = options.migrated === false ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`;
  await withAdminClient(async (c) => {
    // Two workers copying the template at the same instant can collide ("being accessed by other users").
    for (let attempt = 1; ; attempt++) {
      try {
        await c.query(create);
        return;
      } catch (error) {
        if (attempt >= 10 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
  });
  const url = databaseUrl(adminUrl(), name);
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    name,
    url,
    client,
    drop: async () => {
      await client.end();
      await withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
