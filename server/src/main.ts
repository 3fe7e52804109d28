import { describeHeapLimit, relaunchWithHeapLimit, tuneHeapGrowth } from './admission/heap-limit';

const log = (message: string) => console.log(`[cxlens] ${message}`);

// The server's modules are required here, not imported above, so that they load only in the process
// that runs it: without a heap limit this one only starts node again with the cap (admission/heap-limit.ts).
async function main(): Promise<void> {
  const tuned = tuneHeapGrowth();
  const { createApp } = require('./app') as typeof import('./app');
  const { createFirstAdminOrSetupLink } = require('./auth/first-admin') as typeof import('./auth/first-admin');
  const { loadConfig } = require('./config/app-config') as typeof import('./config/app-config');
  const { connectDatabase } = require('./database/connect') as typeof import('./database/connect');
  const { DEMO_LOGINS, ensureDemoAccounts } = require('./demo/demo-accounts') as typeof import('./demo/demo-accounts');
  const { loadDemoIfEmpty } = require('./demo/demo-loader') as typeof import('./demo/demo-loader');

  const config = loadConfig();
  log(describeHeapLimit(tuned));
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

function knownError(error: unknown): boolean {
  const { ConfigError } = require('./config/app-config') as typeof import('./config/app-config');
  const { EmbeddedPostgresError } = require('./database/embedded-postgres') as typeof import('./database/embedded-postgres');
  const { FirstAdminError } = require('./auth/first-admin') as typeof import('./auth/first-admin');
  return error instanceof ConfigError || error instanceof EmbeddedPostgresError || error instanceof FirstAdminError;
}

if (!relaunchWithHeapLimit(log)) {
  main().catch((error: unknown) => {
    const known = knownError(error);
    console.error(`[cxlens] ${known ? (error as Error).message : (error as Error)?.stack ?? String(error)}`);
    process.exit(1);
  });
}
