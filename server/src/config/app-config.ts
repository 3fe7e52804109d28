import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Every environment variable the server reads, declared once. The server
 * validates them at start-up (failing fast with the variable's name) and the
 * docker-compose test checks the compose file against this list.
 */
export interface AppConfig {
  databaseUrl: string | null;
  port: number;
  host: string;
  dataDir: string;
  demo: 'auto' | 'on' | 'off';
  demoScale: number;
  production: boolean;
  sessionSecret: string | null;
  admin: { email: string | null; password: string | null; organization: string };
  appDbPassword: string | null;
  introspection: boolean;
  rateLimitPerMinute: number;
  persistedQueriesFile: string | null;
  /** Memory for cached analytics answers, in bytes; 0 = no cache. */
  responseCacheBytes: number;
}

interface Setting {
  env: string;
  description: string;
  default: string;
}

export const CONFIG_SCHEMA: readonly Setting[] = [
  { env: 'DATABASE_URL', description: 'PostgreSQL connection URL; unset = start an embedded PostgreSQL', default: '' },
  { env: 'PORT', description: 'HTTP port for the dashboard and API (0 = any free port)', default: '3000' },
  { env: 'HOST', description: 'Interface to listen on', default: '127.0.0.1' },
  { env: 'CXLENS_DATA_DIR', description: 'Directory for the embedded PostgreSQL data (pg/) and credentials', default: '<repo>/.data' },
  { env: 'CXLENS_DEMO', description: 'auto: load demo data into an empty embedded database; on: also with DATABASE_URL; off: never', default: 'auto' },
  { env: 'CXLENS_DEMO_SCALE', description: 'Multiplier for the demo data volume', default: '1' },
  { env: 'NODE_ENV', description: 'production disables developer conveniences', default: 'development' },
  { env: 'CXLENS_SESSION_SECRET', description: 'Key that signs dashboard sessions (at least 32 characters); default: derived from the database password', default: '' },
  { env: 'CXLENS_ADMIN_EMAIL', description: 'With CXLENS_ADMIN_PASSWORD: the first admin, created when no account exists', default: '' },
  { env: 'CXLENS_ADMIN_PASSWORD', description: 'Password of that first admin (at least 10 characters)', default: '' },
  { env: 'CXLENS_ORG_NAME', description: 'Name of the first organisation, when one must be created', default: 'My organisation' },
  { env: 'CXLENS_APP_DB_PASSWORD', description: 'Password of the cxlens_app database role; default: derived from the database password', default: '' },
  { env: 'CXLENS_INTROSPECTION', description: 'on/off: GraphQL introspection (default on, off when NODE_ENV=production)', default: '' },
  { env: 'CXLENS_RATE_LIMIT_PER_MINUTE', description: 'Requests per minute per API token, user or address', default: '1200' },
  { env: 'CXLENS_PERSISTED_QUERIES_FILE', description: 'JSON allow-list {sha256: query} that API tokens are limited to', default: '' },
  { env: 'CXLENS_RESPONSE_CACHE_MB', description: 'Memory for cached analytics answers (keyed by data version, so never stale); 0 = off', default: '64' },
];



/** The repository root: the nearest ancestor whose package.json declares the workspaces (same from src/ and dist/). */
function findRepoRoot(start: string): string {
  for (let dir = start; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).workspaces) return dir;
  }
  return process.cwd();
}

export const REPO_ROOT = findRepoRoot(__dirname);

export class ConfigError extends Error {}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new ConfigError(`PORT must be an integer 0-65535, got "${raw}"`);
  return port;
}

function parseDatabaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/db)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = (name: string) => CONFIG_SCHEMA.find((s) => s.env === name)!.default;
  const demo = env.CXLENS_DEMO ?? known('CXLENS_DEMO');
  if (demo !== 'auto' && demo !== 'on' && demo !== 'off') {
    throw new ConfigError(`CXLENS_DEMO must be auto, on or off, got "${demo}"`);
  }
  const demoScale = Number(env.CXLENS_DEMO_SCALE ?? known('CXLENS_DEMO_SCALE'));
  if (!Number.isFinite(demoScale) || demoScale <= 0 || demoScale > 1000) {
    throw new ConfigError(`CXLENS_DEMO_SCALE must be a number in (0, 1000], got "${env.CXLENS_DEMO_SCALE}"`);
  }
  const production = env.NODE_ENV === 'production';
  const sessionSecret = env.CXLENS_SESSION_SECRET || null;
  if (sessionSecret && sessionSecret.length < 32) throw new ConfigError('CXLENS_SESSION_SECRET must have at least 32 characters');
  const introspection = env.CXLENS_INTROSPECTION || (production ? 'off' : 'on');
  if (introspection !== 'on' && introspection !== 'off') throw new ConfigError(`CXLENS_INTROSPECTION must be on or off, got "${introspection}"`);
  const rateLimit = Number(env.CXLENS_RATE_LIMIT_PER_MINUTE || known('CXLENS_RATE_LIMIT_PER_MINUTE'));
  if (!Number.isInteger(rateLimit) || rateLimit < 1) throw new ConfigError(`CXLENS_RATE_LIMIT_PER_MINUTE must be a positive integer, got "${env.CXLENS_RATE_LIMIT_PER_MINUTE}"`);
  if (Boolean(env.CXLENS_ADMIN_EMAIL) !== Boolean(env.CXLENS_ADMIN_PASSWORD)) {
    throw new ConfigError('CXLENS_ADMIN_EMAIL and CXLENS_ADMIN_PASSWORD go together: set both or neither');
  }
  const cacheMB = Number(env.CXLENS_RESPONSE_CACHE_MB || known('CXLENS_RESPONSE_CACHE_MB'));
  if (!Number.isFinite(cacheMB) || cacheMB < 0 || cacheMB > 65536) throw new ConfigError(`CXLENS_RESPONSE_CACHE_MB must be a number of megabytes 0-65536, got "${env.CXLENS_RESPONSE_CACHE_MB}"`);
  if (env.CXLENS_PERSISTED_QUERIES_FILE && !fs.existsSync(env.CXLENS_PERSISTED_QUERIES_FILE)) {
    throw new ConfigError(`CXLENS_PERSISTED_QUERIES_FILE: no file at ${env.CXLENS_PERSISTED_QUERIES_FILE}`);
  }
  return {
    sessionSecret,
    admin: { email: env.CXLENS_ADMIN_EMAIL || null, password: env.CXLENS_ADMIN_PASSWORD || null, organization: env.CXLENS_ORG_NAME || known('CXLENS_ORG_NAME') },
    appDbPassword: env.CXLENS_APP_DB_PASSWORD || null,
    introspection: introspection === 'on',
    rateLimitPerMinute: rateLimit,
    persistedQueriesFile: env.CXLENS_PERSISTED_QUERIES_FILE || null,
    responseCacheBytes: Math.round(cacheMB * 1024 * 1024),
    databaseUrl: env.DATABASE_URL ? parseDatabaseUrl(env.DATABASE_URL) : null,
    port: parsePort(env.PORT ?? known('PORT')),
    host: env.HOST || known('HOST'),
    dataDir: path.resolve(env.CXLENS_DATA_DIR || path.join(REPO_ROOT, '.data')),
    demo,
    demoScale,
    production,
  };
}
