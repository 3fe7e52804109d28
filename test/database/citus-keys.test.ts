import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * The Citus rule (shared/ARCHITECTURE.md): every primary key, unique constraint
 * and foreign key of a tenant table includes org_id, read from the live catalog.
 */
describe('tenant keys include org_id', () => {
  let db: TestDatabase;
  beforeAll(async () => (db = await createTestDatabase()));
  afterAll(() => db.drop());

  it('holds for every constraint of every table with an org_id column', async () => {
    const { rows } = await db.client.query(`
      SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype,
             ARRAY(SELECT a.attname FROM unnest(c.conkey) k JOIN pg_attribute a
                   ON a.attrelid = c.conrelid AND a.attnum = k)::text[] AS columns,
             ARRAY(SELECT a.attname FROM unnest(c.confkey) k JOIN pg_attribute a
                   ON a.attrelid = c.confrelid AND a.attnum = k)::text[] AS referenced_columns,
             c.confrelid::regclass::text AS referenced_table
      FROM pg_constraint c
      JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = 'public'
      WHERE c.contype IN ('p', 'u', 'f')
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = 'org_id' AND NOT a.attisdropped)`);
    const tenantTables = new Set(rows.map((r) => r.table_name));
    expect(tenantTables).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect([...tenantTables]).toEqual(expect.arrayContaining(['program', 'site', 'survey_response', 'process_evaluation', 'kpi_interval']));

    const violations = rows
      .filter((r) => {
        if (!r.columns.includes('org_id')) return true;
        // A foreign key to organization(id) is the tenant key itself.
        if (r.contype === 'f' && r.referenced_table !== 'organization') return !r.referenced_columns.includes('org_id');
        return false;
      })
      .map((r) => `${r.table_name}.${r.conname} (${r.columns.join(', ')})`);
    expect(violations).toEqual([]);
  });

  it('uses bigint ids, never int4 serials, on tenant tables', async () => {
    const { rows } = await db.client.query(`
      SELECT table_name, data_type FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'id'
        AND table_name IN (SELECT table_name FROM information_schema.columns WHERE column_name = 'org_id')`);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.data_type !== 'bigint')).toEqual([]);
  });
});
