import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764576000000-Security';
import { versionedTrigger } from './1764662400000-DataVersions';

const PARTS: Record<'survey' | 'evaluation' | 'kpi', { bigint: string[]; numeric: string[] }> = {
  survey: {
    bigint: ['responses', 'csat_n', 'csat_top2', 'csat_bottom2', 'csat_sum', 'csat_sumsq', 'nps_n', 'nps_promoters', 'nps_passives', 'nps_detractors', 'ces_n', 'ces_easy', 'ces_sum', 'ces_sumsq', 'resolved_n', 'resolved_yes'],
    numeric: [],
  },
  evaluation: {
    bigint: ['ms_n', 'ms_pass', 'ms_critical_fail', 'qa_n', 'qa_pass', 'qa_critical_fail'],
    numeric: ['ms_score_sum', 'ms_score_sumsq', 'qa_score_sum', 'qa_score_sumsq'],
  },
  kpi: {
    bigint: ['intervals', 'offered', 'answered', 'abandoned', 'abandoned_short', 'answered_within_sl', 'wait_answered_s', 'talk_s', 'hold_s', 'acw_s', 'handled', 'resolved_first_contact', 'repeat_contacts', 'transfers', 'sales_opportunities', 'sales_conversions', 'staffed_s'],
    numeric: [],
  },
};

/**
 * Coarser rollups beside the daily ones, with the same additive columns, so long periods and
 * organisation-wide questions read fewer rows and every answer stays the sum of daily rows:
 * - `<fact>_weekly`, `<fact>_monthly`: per site, channel and program, keyed by the first
 *   site-local day of the ISO week or calendar month (`local_date`);
 * - `<fact>_org_daily`: per channel, program and site-local day over all sites of the
 *   organisation; no site key, so a site-scoped transaction sees none of its rows (a site
 *   manager must not read organisation totals by accident; the one place that shows them,
 *   the ranking benchmark, reads in an organisation-wide scope).
 * All are recomputed from the daily rows in the writing transaction (server/src/rollups). No
 * foreign keys: every row is a sum of daily rows, which carry them (checking them again on each
 * refresh cost a quarter of its time).
 */
export class CoarseRollups1764748800000 implements MigrationInterface {
  name = 'CoarseRollups1764748800000';

  async up(q: QueryRunner): Promise<void> {
    for (const [fact, parts] of Object.entries(PARTS)) {
      const counters = [...parts.bigint.map((n) => `${n} bigint NOT NULL DEFAULT 0`), ...parts.numeric.map((n) => `${n} numeric NOT NULL DEFAULT 0`)].join(',\n        ');
      for (const grain of ['weekly', 'monthly']) {
        const table = `${fact}_${grain}`;
        await q.query(`
      CREATE TABLE ${table} (
        org_id bigint NOT NULL,
        site_id bigint NOT NULL,
        channel channel NOT NULL,
        program_id bigint NOT NULL,
        local_date date NOT NULL,
        ${counters},
        PRIMARY KEY (org_id, site_id, channel, program_id, local_date)
      )`);
        await q.query(`CREATE INDEX ${table}_date ON ${table} (org_id, local_date)`);
        await this.secure(q, table, 'site');
      }
      const table = `${fact}_org_daily`;
      await q.query(`
      CREATE TABLE ${table} (
        org_id bigint NOT NULL,
        channel channel NOT NULL,
        program_id bigint NOT NULL,
        local_date date NOT NULL,
        ${counters},
        PRIMARY KEY (org_id, local_date, channel, program_id)
      )`);
      await this.secure(q, table, 'organization');
      await this.backfill(q, fact, [...parts.bigint, ...parts.numeric]);
    }
  }

  /** Existing daily rows, summed into the new grains (the server keeps them up to date from here on). */
  private async backfill(q: QueryRunner, fact: string, names: string[]): Promise<void> {
    const sums = names.map((n) => `sum(${n})`).join(', ');
    for (const [grain, unit] of [['weekly', 'week'], ['monthly', 'month']]) {
      await q.query(`
      INSERT INTO ${fact}_${grain} (org_id, site_id, channel, program_id, local_date, ${names.join(', ')})
      SELECT org_id, site_id, channel, program_id, date_trunc('${unit}', local_date)::date, ${sums}
      FROM ${fact}_daily GROUP BY 1, 2, 3, 4, 5`);
    }
    await q.query(`
      INSERT INTO ${fact}_org_daily (org_id, channel, program_id, local_date, ${names.join(', ')})
      SELECT org_id, channel, program_id, local_date, ${sums}
      FROM ${fact}_daily GROUP BY 1, 2, 3, 4`);
    // Planner statistics now rather than at autovacuum's next pass: without them a scan of
    // thousands of rows is planned as one of a few.
    for (const grain of ['weekly', 'monthly', 'org_daily']) await q.query(`ANALYZE ${fact}_${grain}`);
  }

  /** The policies every tenant table has (Security migration), and the app role's grants. */
  private async secure(q: QueryRunner, table: string, level: 'site' | 'organization'): Promise<void> {
    await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON ${table} USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())`);
    const siteScope = level === 'site' ? 'app_all_sites() OR site_id = ANY (app_site_ids())' : 'app_all_sites()';
    await q.query(`CREATE POLICY site_scope ON ${table} AS RESTRICTIVE USING (${siteScope})`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${APP_ROLE}`);
    // Writes raise the organisation's data version, as on every data table (DataVersions migration).
    await q.query(versionedTrigger(table));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fact of Object.keys(PARTS).reverse()) {
      for (const grain of ['org_daily', 'monthly', 'weekly']) await q.query(`DROP TABLE ${fact}_${grain}`);
    }
  }
}
