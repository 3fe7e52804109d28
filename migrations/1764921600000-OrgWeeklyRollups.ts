import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764576000000-Security';
import { versionedTrigger } from './1764662400000-DataVersions';
import { settingOnce } from './1764835200000-PolicySettingsOnce';

const FACTS = ['survey', 'evaluation', 'kpi'] as const;
const KEY_COLUMNS = ['org_id', 'channel', 'program_id', 'local_date'];

/**
 * `<fact>_org_weekly`: the organisation-wide rollup per channel, program and ISO week of
 * site-local dates (`local_date` = the Monday), over every site, beside `<fact>_org_daily`.
 *
 * The Overview's tiles read the whole organisation over 90 days with weekly sparklines; from
 * the daily grain that is 90 rows per channel and program and period, from this one 13 plus
 * the days at the edges. Same columns and keys as the daily grain (LIKE), the same policies
 * (organisation-wide rows: a site-scoped transaction sees none), recomputed from the
 * organisation's daily rows in the writing transaction (server/src/rollups).
 */
export class OrgWeeklyRollups1764921600000 implements MigrationInterface {
  name = 'OrgWeeklyRollups1764921600000';

  async up(q: QueryRunner): Promise<void> {
    for (const fact of FACTS) {
      const table = `${fact}_org_weekly`;
      await q.query(`CREATE TABLE ${table} (LIKE ${fact}_org_daily INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)`);
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      const org = `org_id = ${settingOnce('app_org_id')}`;
      await q.query(`CREATE POLICY tenant_isolation ON ${table} USING (${org}) WITH CHECK (${org})`);
      await q.query(`CREATE POLICY site_scope ON ${table} AS RESTRICTIVE USING (${settingOnce('app_all_sites')})`);
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${APP_ROLE}`);
      await q.query(versionedTrigger(table));

      const columns: { column_name: string }[] = await q.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
        [`${fact}_org_daily`],
      );
      const parts = columns.map((c) => c.column_name).filter((name) => !KEY_COLUMNS.includes(name));
      await q.query(`
      INSERT INTO ${table} (${KEY_COLUMNS.join(', ')}, ${parts.join(', ')})
      SELECT org_id, channel, program_id, date_trunc('week', local_date)::date, ${parts.map((p) => `sum(${p})`).join(', ')}
      FROM ${fact}_org_daily GROUP BY 1, 2, 3, 4`);
      await q.query(`ANALYZE ${table}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fact of [...FACTS].reverse()) await q.query(`DROP TABLE ${fact}_org_weekly`);
  }
}
