import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';

export const TEMPLATE_DB = 'cxlens_test_template';

/** The admin URL of the test PostgreSQL, set by global-setup (embedded, or TEST_DATABASE_URL / DATABASE_URL). */
export function adminUrl(): string {
  const url = process.env.CXLENS_TEST_ADMIN_URL;
  if (!url) throw new Error('CXLENS_TEST_ADMIN_URL is not set: run the tests through jest (global-setup starts PostgreSQL)');
  return url;
}

export function databaseUrl(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(fn: (client: Client) => Promise<T>, url = adminUrl()): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function migrate(url: string): Promise<void> {
  const ds = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS, migrationsTableName: 'schema_migrations' });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}
