import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const TABLES = ['organization', 'program', 'site', 'survey_response', 'process_evaluation', 'kpi_interval'];

async function tablesIn(db: TestDatabase): Promise<string[]> {
  const { rows } = await db.client.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

describe('migrations', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase({ migrated: false });
    ds = new DataSource({ type: 'postgres', url: db.url, migrations: MIGRATIONS, migrationsTableName: 'schema_migrations' });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('go up on an empty database, down to nothing, and up again', async () => {
    expect(await tablesIn(db)).toEqual([]);

    const applied = await ds.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
    expect(await tablesIn(db)).toEqual(expect.arrayContaining(TABLES));
    expect(await ds.showMigrations()).toBe(false); // nothing pending

    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tablesIn(db)).toEqual(['schema_migrations']);
    const { rows: types } = await db.client.query(`SELECT typname FROM pg_type WHERE typname IN ('channel', 'evaluation_kind')`);
    expect(types).toEqual([]);

    await ds.runMigrations({ transaction: 'each' });
    expect(await tablesIn(db)).toEqual(expect.arrayContaining(TABLES));
  });
});
