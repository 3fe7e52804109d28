import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764576000000-Security';

/**
 * Tables whose writes do not change any analytics answer, so they leave the data version alone:
 * sign-ins, tokens, the audit trail, import bookkeeping and the version tables themselves.
 */
export const UNVERSIONED_TABLES = [
  'app_user', 'user_site', 'user_program', 'api_token', 'auth_session', 'audit_log',
  'import_job', 'import_rejection', 'import_mapping', 'data_version', 'data_change_mark',
] as const;

/**
 * A per-organisation data version, raised by every committed transaction that wrote the
 * organisation's data; the response cache keys answers by it (server/src/response-cache).
 *
 * A statement trigger on each data table notes "this transaction changed org X" once per
 * transaction (a row in data_change_mark); a deferred constraint trigger on that row raises
 * data_version at COMMIT. Raising it at commit rather than at the first write keeps the row
 * lock on data_version for milliseconds, so a long import never blocks another write of the
 * same organisation. Two snapshots that read the same version saw the same committed writes of
 * that organisation: each writer raises the version in its own commit, one after another.
 * A write without app.org_id (the owner's demo load, maintenance) raises every version.
 */
export class DataVersions1764662400000 implements MigrationInterface {
  name = 'DataVersions1764662400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE data_version (org_id bigint PRIMARY KEY, version bigint NOT NULL)`);
    await q.query(`CREATE TABLE data_change_mark (org_id bigint NOT NULL, txid xid8 NOT NULL DEFAULT pg_current_xact_id(), PRIMARY KEY (txid, org_id))`);
    for (const table of ['data_version', 'data_change_mark']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON ${table} USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())`);
    }
    await q.query(`GRANT SELECT ON data_version TO ${APP_ROLE}`);

    await q.query(`
      CREATE FUNCTION note_data_change() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE org bigint := app_org_id();
      BEGIN
        IF org IS NULL THEN
          INSERT INTO data_version (org_id, version) SELECT id, 1 FROM organization
          ON CONFLICT (org_id) DO UPDATE SET version = data_version.version + 1;
        ELSIF current_setting('cxlens.data_change_noted', true) IS DISTINCT FROM org::text THEN
          PERFORM set_config('cxlens.data_change_noted', org::text, true);
          INSERT INTO data_change_mark (org_id) VALUES (org) ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION raise_data_version() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        INSERT INTO data_version (org_id, version) VALUES (NEW.org_id, 1)
        ON CONFLICT (org_id) DO UPDATE SET version = data_version.version + 1;
        DELETE FROM data_change_mark WHERE txid = NEW.txid AND org_id = NEW.org_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER raise_data_version AFTER INSERT ON data_change_mark
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_data_version()`);

    const tables: { relname: string }[] = await q.query(`
      SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      WHERE c.relkind IN ('r', 'p') AND c.relname <> 'schema_migrations'
        AND (c.relname = 'organization' OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped))
        AND c.relname <> ALL ($1::text[])
      ORDER BY 1`, [UNVERSIONED_TABLES]);
    for (const { relname } of tables) await q.query(versionedTrigger(relname));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION note_data_change() CASCADE`);
    await q.query(`DROP TABLE data_change_mark`);
    await q.query(`DROP FUNCTION raise_data_version()`);
    await q.query(`DROP TABLE data_version`);
  }
}

/** The statement trigger that makes writes to `table` raise its organisation's data version. */
export function versionedTrigger(table: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`invalid table name: ${table}`);
  return `CREATE TRIGGER note_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION note_data_change()`;
}
