import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { openDatabase } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseHandle {
  dataSource: DataSource;
  embedded: boolean;
  close(): Promise<void>;
}

/** DATABASE_URL when given, else an embedded PostgreSQL under the data dir; migrations run either way. */
export async function connectDatabase(config: AppConfig, log: (m: string) => void): Promise<DatabaseHandle> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir, log);
  try {
    const dataSource = await openDatabase(config.databaseUrl ?? embedded!.url);
    return {
      dataSource,
      embedded: embedded !== null,
      close: async () => {
        await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
