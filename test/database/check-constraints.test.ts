import { createTestDatabase, TestDatabase } from '../support/test-database';

type Row = Record<string, unknown>;

const GOOD_SURVEY: Row = { site_id: 'SITE', program_id: 'PROG', channel: 'VOICE', responded_at: '2026-01-05T10:00:00Z', csat: 5, external_id: 'ok' };
const GOOD_EVAL: Row = { site_id: 'SITE', program_id: 'PROG', channel: 'VOICE', kind: 'QA', evaluated_at: '2026-01-05T10:00:00Z', score_pct: 90, external_id: 'ok' };
const GOOD_KPI: Row = { site_id: 'SITE', program_id: 'PROG', channel: 'VOICE', interval_start: '2026-01-05T10:00:00Z', interval_minutes: 30, offered: 10, answered: 8, abandoned: 2 };
const GOOD_SITE: Row = { code: 'S2', name: 'Site', city: 'Lisbon', country: 'PT', time_zone: 'Europe/Lisbon' };
const GOOD_CONTACT: Row = { site_id: 'SITE', program_id: 'PROG', channel: 'VOICE', started_at: '2026-01-05T10:00:00Z', answered: true, wait_s: 10, external_id: 'ok' };
const GOOD_JOB: Row = { kind: 'surveys', mode: 'strict' };
const GOOD_MAPPING: Row = { name: 'm1', kind: 'surveys', spec: '{}' };
const GOOD_FORM: Row = { name: 'QA form' };

/** One bad value per CHECK constraint; the test also fails when a constraint has no case here. */
const GOOD_USER: Row = { email: 'ok@example.com', name: 'Ok', role: 'ADMIN' };
const GOOD_TOKEN: Row = { user_id: 'USER', name: 'ci', token_hash: 'h', prefix: 'cxl_1', scope: 'READ' };

const CASES: { constraint: string; table: string; row: Row }[] = [
  { constraint: 'app_user_email_check', table: 'app_user', row: { ...GOOD_USER, email: 'Upper@Example.com' } },
  { constraint: 'app_user_name_check', table: 'app_user', row: { ...GOOD_USER, email: 'n@example.com', name: ' ' } },
  { constraint: 'app_user_role_check', table: 'app_user', row: { ...GOOD_USER, email: 'r@example.com', role: 'ROOT' } },
  { constraint: 'api_token_name_check', table: 'api_token', row: { ...GOOD_TOKEN, name: '' } },
  { constraint: 'api_token_scope_check', table: 'api_token', row: { ...GOOD_TOKEN, scope: 'ALL' } },
  { constraint: 'audit_log_action_check', table: 'audit_log', row: { action: 'Drop Everything' } },
  { constraint: 'organization_slug_check', table: 'organization', row: { slug: 'Bad Slug!', name: 'x' } },
  { constraint: 'organization_name_check', table: 'organization', row: { slug: 'ok-slug', name: '  ' } },
  { constraint: 'organization_settings_check', table: 'organization', row: { slug: 'ok-slug', name: 'x', settings: '[]' } },
  { constraint: 'program_code_check', table: 'program', row: { code: 'has space', name: 'x' } },
  { constraint: 'program_name_check', table: 'program', row: { code: 'P2', name: '' } },
  { constraint: 'site_code_check', table: 'site', row: { ...GOOD_SITE, code: '-bad' } },
  { constraint: 'site_name_check', table: 'site', row: { ...GOOD_SITE, name: ' ' } },
  { constraint: 'site_city_check', table: 'site', row: { ...GOOD_SITE, city: '' } },
  { constraint: 'site_country_check', table: 'site', row: { ...GOOD_SITE, country: 'pt' } },
  { constraint: 'site_time_zone_check', table: 'site', row: { ...GOOD_SITE, time_zone: 'Mars/Olympus_Mons' } },
  { constraint: 'survey_response_language_check', table: 'survey_response', row: { ...GOOD_SURVEY, language: 'English' } },
  { constraint: 'survey_response_csat_check', table: 'survey_response', row: { ...GOOD_SURVEY, csat: 6 } },
  { constraint: 'survey_response_nps_check', table: 'survey_response', row: { ...GOOD_SURVEY, nps: 11 } },
  { constraint: 'survey_response_ces_check', table: 'survey_response', row: { ...GOOD_SURVEY, ces: 0 } },
  { constraint: 'survey_response_external_id_check', table: 'survey_response', row: { ...GOOD_SURVEY, external_id: '' } },
  { constraint: 'survey_response_has_answer', table: 'survey_response', row: { ...GOOD_SURVEY, csat: null } },
  { constraint: 'process_evaluation_score_pct_check', table: 'process_evaluation', row: { ...GOOD_EVAL, score_pct: 100.5 } },
  { constraint: 'process_evaluation_items_check', table: 'process_evaluation', row: { ...GOOD_EVAL, items: '{"a":1}' } },
  { constraint: 'process_evaluation_external_id_check', table: 'process_evaluation', row: { ...GOOD_EVAL, external_id: 'x'.repeat(201) } },
  { constraint: 'kpi_interval_interval_start_check', table: 'kpi_interval', row: { ...GOOD_KPI, interval_start: '2026-01-05T10:07:00Z' } },
  { constraint: 'kpi_interval_interval_minutes_check', table: 'kpi_interval', row: { ...GOOD_KPI, interval_minutes: 20 } },
  { constraint: 'kpi_interval_answered_check', table: 'kpi_interval', row: { ...GOOD_KPI, answered: -1 } },
  { constraint: 'kpi_interval_abandoned_check', table: 'kpi_interval', row: { ...GOOD_KPI, abandoned: -1 } },
  { constraint: 'kpi_interval_abandoned_short_check', table: 'kpi_interval', row: { ...GOOD_KPI, abandoned_short: 3 } },
  { constraint: 'kpi_interval_answered_within_sl_check', table: 'kpi_interval', row: { ...GOOD_KPI, answered_within_sl: 9 } },
  { constraint: 'kpi_interval_sl_threshold_s_check', table: 'kpi_interval', row: { ...GOOD_KPI, sl_threshold_s: 0 } },
  { constraint: 'kpi_interval_wait_answered_s_check', table: 'kpi_interval', row: { ...GOOD_KPI, wait_answered_s: -5 } },
  { constraint: 'kpi_interval_talk_s_check', table: 'kpi_interval', row: { ...GOOD_KPI, talk_s: -5 } },
  { constraint: 'kpi_interval_hold_s_check', table: 'kpi_interval', row: { ...GOOD_KPI, hold_s: -5 } },
  { constraint: 'kpi_interval_acw_s_check', table: 'kpi_interval', row: { ...GOOD_KPI, acw_s: -5 } },
  { constraint: 'kpi_interval_handled_check', table: 'kpi_interval', row: { ...GOOD_KPI, handled: -1 } },
  { constraint: 'kpi_interval_resolved_first_contact_check', table: 'kpi_interval', row: { ...GOOD_KPI, handled: 3, resolved_first_contact: 4 } },
  { constraint: 'kpi_interval_repeat_contacts_check', table: 'kpi_interval', row: { ...GOOD_KPI, handled: 3, repeat_contacts: 4 } },
  { constraint: 'kpi_interval_transfers_check', table: 'kpi_interval', row: { ...GOOD_KPI, handled: 3, transfers: 4 } },
  { constraint: 'kpi_interval_sales_conversions_check', table: 'kpi_interval', row: { ...GOOD_KPI, sales_opportunities: 1, sales_conversions: 2 } },
  { constraint: 'kpi_interval_staffed_s_check', table: 'kpi_interval', row: { ...GOOD_KPI, staffed_s: -1 } },
  { constraint: 'kpi_interval_answered_abandoned_within_offered', table: 'kpi_interval', row: { ...GOOD_KPI, answered: 9 } },
  { constraint: 'kpi_interval_answered_abandoned_within_offered', table: 'kpi_interval', row: { ...GOOD_KPI, offered: -1, answered: 0, abandoned: 0 } },
  { constraint: 'contact_record_wait_s_check', table: 'contact_record', row: { ...GOOD_CONTACT, wait_s: -1 } },
  { constraint: 'contact_record_talk_s_check', table: 'contact_record', row: { ...GOOD_CONTACT, talk_s: -1 } },
  { constraint: 'contact_record_hold_s_check', table: 'contact_record', row: { ...GOOD_CONTACT, hold_s: -1 } },
  { constraint: 'contact_record_acw_s_check', table: 'contact_record', row: { ...GOOD_CONTACT, acw_s: -1 } },
  { constraint: 'contact_record_csat_check', table: 'contact_record', row: { ...GOOD_CONTACT, csat: 6 } },
  { constraint: 'contact_record_nps_check', table: 'contact_record', row: { ...GOOD_CONTACT, nps: 11 } },
  { constraint: 'contact_record_ces_check', table: 'contact_record', row: { ...GOOD_CONTACT, ces: 0 } },
  { constraint: 'contact_record_external_id_check', table: 'contact_record', row: { ...GOOD_CONTACT, external_id: '' } },
  { constraint: 'contact_record_answered_has_wait', table: 'contact_record', row: { ...GOOD_CONTACT, wait_s: null } },
  { constraint: 'contact_record_unanswered_not_handled', table: 'contact_record', row: { ...GOOD_CONTACT, answered: false, talk_s: 5 } },
  { constraint: 'contact_record_sale_is_opportunity', table: 'contact_record', row: { ...GOOD_CONTACT, sale: true, sale_opportunity: false } },
  { constraint: 'import_job_kind_check', table: 'import_job', row: { ...GOOD_JOB, kind: 'tickets' } },
  { constraint: 'import_job_mode_check', table: 'import_job', row: { ...GOOD_JOB, mode: 'lenient' } },
  { constraint: 'import_job_size_bytes_check', table: 'import_job', row: { ...GOOD_JOB, size_bytes: -1 } },
  { constraint: 'import_job_status_check', table: 'import_job', row: { ...GOOD_JOB, status: 'DONE' } },
  { constraint: 'import_job_counts_check', table: 'import_job', row: { ...GOOD_JOB, rows_rejected: -1 } },
  { constraint: 'import_mapping_name_check', table: 'import_mapping', row: { ...GOOD_MAPPING, name: 'has space' } },
  { constraint: 'import_mapping_kind_check', table: 'import_mapping', row: { ...GOOD_MAPPING, kind: 'tickets' } },
  { constraint: 'import_mapping_spec_check', table: 'import_mapping', row: { ...GOOD_MAPPING, spec: '[]' } },
  { constraint: 'evaluation_form_name_check', table: 'evaluation_form', row: { ...GOOD_FORM, name: ' ' } },
  { constraint: 'evaluation_form_critical_mode_check', table: 'evaluation_form', row: { ...GOOD_FORM, critical_mode: 'SOFT' } },
  { constraint: 'evaluation_form_pass_mark_pct_check', table: 'evaluation_form', row: { ...GOOD_FORM, pass_mark_pct: 101, score_cap_pct: 101 } },
  { constraint: 'evaluation_form_score_cap_pct_check', table: 'evaluation_form', row: { ...GOOD_FORM, pass_mark_pct: 80, score_cap_pct: 70 } },
];

describe('CHECK constraints', () => {
  let db: TestDatabase;
  let ids: { org: string; site: string; program: string; user: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    const org = await db.client.query(`INSERT INTO organization (slug, name) VALUES ('acme', 'Acme') RETURNING id`);
    const orgId = org.rows[0].id;
    const program = await db.client.query(`INSERT INTO program (org_id, code, name) VALUES ($1, 'P1', 'Program') RETURNING id`, [orgId]);
    const site = await db.client.query(
      `INSERT INTO site (org_id, code, name, city, country, time_zone) VALUES ($1, 'S1', 'Site', 'Lisbon', 'PT', 'Europe/Lisbon') RETURNING id`,
      [orgId],
    );
    const user = await db.client.query(`INSERT INTO app_user (org_id, email, name, role) VALUES ($1, 'owner@example.com', 'Owner', 'ADMIN') RETURNING id`, [orgId]);
    ids = { org: orgId, site: site.rows[0].id, program: program.rows[0].id, user: user.rows[0].id };
  });
  afterAll(() => db.drop());

  function insert(table: string, row: Row) {
    const values: Row = { ...row };
    if (table !== 'organization') values.org_id = ids.org;
    if (values.site_id === 'SITE') values.site_id = ids.site;
    if (values.program_id === 'PROG') values.program_id = ids.program;
    if (values.user_id === 'USER') values.user_id = ids.user;
    const cols = Object.keys(values);
    const sql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`;
    return db.client.query(sql, Object.values(values));
  }

  it('covers every CHECK constraint in the schema', async () => {
    const { rows } = await db.client.query(
      `SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE n.nspname = 'public' AND contype = 'c' ORDER BY 1`,
    );
    expect([...new Set(CASES.map((c) => c.constraint))].sort()).toEqual(rows.map((r) => r.conname).sort());
  });

  it('accepts the good rows the cases are built from', async () => {
    await insert('survey_response', GOOD_SURVEY);
    await insert('process_evaluation', GOOD_EVAL);
    await insert('kpi_interval', GOOD_KPI);
    await insert('site', GOOD_SITE);
    await insert('contact_record', GOOD_CONTACT);
    await insert('import_job', GOOD_JOB);
    await insert('import_mapping', GOOD_MAPPING);
    await insert('evaluation_form', GOOD_FORM);
  });

  it.each(CASES)('$constraint rejects its bad value', async ({ constraint, table, row }) => {
    await expect(insert(table, { ...row, ...(row.external_id === 'ok' ? { external_id: `bad-${constraint}` } : {}) })).rejects.toMatchObject({
      code: '23514',
      constraint,
    });
  });
});
