import { createApp } from './app';
import { ConfigError, loadConfig } from './config/app-config';
import { connectDatabase } from './database/connect';
import { EmbeddedPostgresError } from './database/embedded-postgres';
import { loadDemoIfEmpty } from './demo/demo-loader';

const log = (message: string) => console.log(`[cxlens] ${message}`);

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await connectDatabase(config, log);
  log(database.embedded ? 'Embedded PostgreSQL is up; migrations applied.' : 'Connected to DATABASE_URL; migrations applied.');

  if (config.demo === 'on' || (config.demo === 'auto' && database.embedded)) {
    await loadDemoIfEmpty(database.dataSource, config.demoScale, log);
  }

  const app = await createApp(database.dataSource, config);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  log(`Dashboard: http://${shownHost}:${port}/   API: http://${shownHost}:${port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: shutting down`);
    try {
      await app.close();
      await database.close();
      log('Stopped cleanly.');
      process.exit(0);
    } catch (error) {
      console.error(`[cxlens] Error while stopping: ${String(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof EmbeddedPostgresError;
  console.error(`[cxlens] ${known ? (error as Error).message : (error as Error)?.stack ?? String(error)}`);
  process.exit(1);
});
