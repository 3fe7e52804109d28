import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Additive daily rollups per (org, site, channel, program, site-local date):
 * counts, sums and sums of squares only, never ratios, so every day-or-coarser
 * metric computed from them equals the raw-row computation exactly.
 */
export class DailyRollups1764403200000 implements MigrationInterface {
  name = 'DailyRollups1764403200000';

  async up(q: QueryRunner): Promise<void> {
    const key = `
        org_id bigint NOT NULL,
        site_id bigint NOT NULL,
        channel channel NOT NULL,
        program_id bigint NOT NULL,
        local_date date NOT NULL,`;
    const constraints = (table: string) => `
        PRIMARY KEY (org_id, site_id, channel, program_id, local_date),
        CONSTRAINT ${table}_site_fk FOREIGN KEY (org_id, site_id) REFERENCES site(org_id, id),
        CONSTRAINT ${table}_program_fk FOREIGN KEY (org_id, program_id) REFERENCES program(org_id, id)`;
    const counters = (names: string[], type = 'bigint') => names.map((n) => `        ${n} ${type} NOT NULL DEFAULT 0,`).join('\n');

    await q.query(`
      CREATE TABLE survey_daily (${key}
${counters(['responses', 'csat_n', 'csat_top2', 'csat_bottom2', 'csat_sum', 'csat_sumsq', 'nps_n', 'nps_promoters', 'nps_passives', 'nps_detractors', 'ces_n', 'ces_easy', 'ces_sum', 'ces_sumsq', 'resolved_n', 'resolved_yes'])}
        ${constraints('survey_daily')}
      )`);
    await q.query(`
      CREATE TABLE evaluation_daily (${key}
${counters(['ms_n', 'ms_pass', 'ms_critical_fail', 'qa_n', 'qa_pass', 'qa_critical_fail'])}
${counters(['ms_score_sum', 'ms_score_sumsq', 'qa_score_sum', 'qa_score_sumsq'], 'numeric')}
        ${constraints('evaluation_daily')}
      )`);
    await q.query(`
      CREATE TABLE kpi_daily (${key}
${counters(['intervals', 'offered', 'answered', 'abandoned', 'abandoned_short', 'answered_within_sl', 'wait_answered_s', 'talk_s', 'hold_s', 'acw_s', 'handled', 'resolved_first_contact', 'repeat_contacts', 'transfers', 'sales_opportunities', 'sales_conversions', 'staffed_s'])}
        ${constraints('kpi_daily')}
      )`);
    for (const table of ['survey_daily', 'evaluation_daily', 'kpi_daily']) {
      await q.query(`CREATE INDEX ${table}_date ON ${table} (org_id, local_date)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kpi_daily`);
    await q.query(`DROP TABLE evaluation_daily`);
    await q.query(`DROP TABLE survey_daily`);
  }
}
