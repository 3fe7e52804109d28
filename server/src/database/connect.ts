import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { enableAppRole } from './app-role';
import { createDataSource, openDatabase } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseHandle {
  /** The owner: migrations, demo load, first admin. Not bound by row-level security. */
  owner: DataSource;
  /** The application's pool, logged in as cxlens_app: every request runs here, under RLS. */
  app: DataSource;
  embedded: boolean;
  /** Signs dashboard sessions: CXLENS_SESSION_SECRET, or derived from the database password. */
  sessionKey: string;
  close(): Promise<void>;
}

/** DATABASE_URL when given, else an embedded PostgreSQL under the data dir; migrations run either way. */
export async function connectDatabase(config: AppConfig, log: (m: string) => void): Promise<DatabaseHandle> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir, log);
  const ownerUrl = config.databaseUrl ?? embedded!.url;
  let owner: DataSource | null = null;
  try {
    owner = await openDatabase(ownerUrl, 3);
    const app = await createDataSource(await enableAppRole(owner, ownerUrl, config.appDbPassword)).initialize();
    const ownerSecret = decodeURIComponent(new URL(ownerUrl).password) || ownerUrl;
    const sessionKey = config.sessionSecret ?? createHmac('sha256', ownerSecret).update('cxlens session key').digest('base64url');
    const ownerSource = owner;
    return {
      owner: ownerSource,
      app,
      embedded: embedded !== null,
      sessionKey,
      close: async () => {
        await app.destroy();
        await ownerSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await owner?.destroy().catch(() => undefined);
    await embedded?.stop();
    throw error;
  }
}
