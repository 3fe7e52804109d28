import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_SCHEMA, loadConfig } from '../../server/src/config/app-config';

const ROOT = path.resolve(__dirname, '../..');

/** No Docker engine runs here, so the compose file is checked against the app's config schema instead. */
describe('docker-compose.yml', () => {
  const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'));
  const app = compose.services.app;
  const env: Record<string, string> = app.environment;
  // Compose substitutes ${VAR:-default}; resolve the defaults as compose would with an empty shell env.
  const resolved = Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, String(v).replace(/\$\{(\w+):-([^}]*)\}/g, (_m, _n, d) => d)]),
  );

  it('sets only variables the app knows', () => {
    const known = CONFIG_SCHEMA.map((s) => s.env);
    expect(Object.keys(env).filter((k) => !known.includes(k))).toEqual([]);
  });

  it('gives the app a configuration that validates, pointing at the postgres service', () => {
    const config = loadConfig(resolved);
    expect(config.databaseUrl).toMatch(/^postgres:\/\/cxlens:[^@]+@postgres:5432\/cxlens$/);
    expect(config.host).toBe('0.0.0.0');
    expect(config.production).toBe(true);
    expect(config.demo).toBe('off');
  });

  it('matches the postgres service credentials and publishes the app port', () => {
    const pg = compose.services.postgres.environment;
    const url = new URL(loadConfig(resolved).databaseUrl!);
    expect(url.username).toBe(pg.POSTGRES_USER);
    expect(url.pathname).toBe(`/${pg.POSTGRES_DB}`);
    expect(decodeURIComponent(url.password)).toBe(String(pg.POSTGRES_PASSWORD).replace(/\$\{\w+:-([^}]*)\}/, '$1'));
    expect(app.ports).toContain(`${resolved.PORT}:${resolved.PORT}`);
    expect(app.depends_on.postgres.condition).toBe('service_healthy');
  });

  it('builds from a Dockerfile that starts the same entry point as npm start', () => {
    const dockerfile = fs.readFileSync(path.join(ROOT, app.build === '.' ? 'Dockerfile' : app.build.dockerfile), 'utf8');
    const rootPkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const entry = /node (\S+main\.js)/.exec(rootPkg.scripts.start)![1];
    expect(dockerfile).toContain(`"node", "${entry}"`);
  });
});
