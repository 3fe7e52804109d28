import { createApp } from './app';
import { createFirstAdminOrSetupLink, FirstAdminError } from './auth/first-admin';
import { ConfigError, loadConfig } from './config/app-config';
import { connectDatabase } from './database/connect';
import { EmbeddedPostgresError } from './database/embedded-postgres';
import { DEMO_LOGINS, ensureDemoAccounts } from './demo/demo-accounts';
import { loadDemoIfEmpty } from './demo/demo-loader';

const log = (message: string) => console.log(`[cxlens] ${message}`);

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await connectDatabase(config, log);
  log(database.embedded ? 'Embedded PostgreSQL is up; migrations applied.' : 'Connected to DATABASE_URL; migrations applied.');

  const demo = config.demo === 'on' || (config.demo === 'auto' && database.embedded);
  if (demo) await loadDemoIfEmpty(database.owner, config.demoScale, log);
  const demoLogins = config.demo !== 'off' && (await ensureDemoAccounts(database.owner));
  const setup = await createFirstAdminOrSetupLink(database.owner, config.admin, log);

  const app = await createApp({ config, app: database.app, owner: database.owner, setup, sessionKey: database.sessionKey });
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const base = `http://${shownHost}:${port}`;
  log(`Dashboard: ${base}/   API: ${base}/graphql`);
  if (demoLogins) {
    log('Demo sign-ins (one per role):');
    for (const l of DEMO_LOGINS) log(`  ${l.role.padEnd(12)} ${l.email.padEnd(36)} ${l.password}`);
  }
  if (setup.link) log(`No account exists yet. Create the first admin at ${base}${setup.link} (one-time link), or restart with CXLENS_ADMIN_EMAIL and CXLENS_ADMIN_PASSWORD.`);

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
  const known = error instanceof ConfigError || error instanceof EmbeddedPostgresError || error instanceof FirstAdminError;
  console.error(`[cxlens] ${known ? (error as Error).message : (error as Error)?.stack ?? String(error)}`);
  process.exit(1);
});
