import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ingestion: contact records (aggregated into kpi_interval), the import job
 * log with its rejected rows, saved column mappings and evaluation forms.
 * Same Citus rules as the rest: org_id in every key.
 */
export class Ingestion1764489600000 implements MigrationInterface {
  name = 'Ingestion1764489600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contact_record (
        org_id bigint NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        site_id bigint NOT NULL,
        channel channel NOT NULL,
        program_id bigint NOT NULL,
        started_at timestamptz NOT NULL,
        answered boolean NOT NULL,
        -- null: the export did not say (an abandon without a wait is then not counted as short)
        wait_s integer CONSTRAINT contact_record_wait_s_check CHECK (wait_s >= 0),
        talk_s integer NOT NULL DEFAULT 0 CONSTRAINT contact_record_talk_s_check CHECK (talk_s >= 0),
        hold_s integer NOT NULL DEFAULT 0 CONSTRAINT contact_record_hold_s_check CHECK (hold_s >= 0),
        acw_s integer NOT NULL DEFAULT 0 CONSTRAINT contact_record_acw_s_check CHECK (acw_s >= 0),
        resolved boolean,
        transferred boolean NOT NULL DEFAULT false,
        sale_opportunity boolean NOT NULL DEFAULT false,
        sale boolean NOT NULL DEFAULT false,
        agent text,
        topic text,
        csat smallint CONSTRAINT contact_record_csat_check CHECK (csat BETWEEN 1 AND 5),
        nps smallint CONSTRAINT contact_record_nps_check CHECK (nps BETWEEN 0 AND 10),
        ces smallint CONSTRAINT contact_record_ces_check CHECK (ces BETWEEN 1 AND 7),
        comment text,
        source text NOT NULL DEFAULT 'api',
        external_id text NOT NULL CONSTRAINT contact_record_external_id_check CHECK (length(external_id) BETWEEN 1 AND 200),
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, id),
        UNIQUE (org_id, external_id),
        FOREIGN KEY (org_id, site_id) REFERENCES site(org_id, id),
        FOREIGN KEY (org_id, program_id) REFERENCES program(org_id, id),
        CONSTRAINT contact_record_answered_has_wait CHECK (NOT answered OR wait_s IS NOT NULL),
        CONSTRAINT contact_record_unanswered_not_handled CHECK (answered OR (talk_s = 0 AND hold_s = 0 AND acw_s = 0)),
        CONSTRAINT contact_record_sale_is_opportunity CHECK (NOT sale OR sale_opportunity)
      )`);
    await q.query(`CREATE INDEX contact_record_interval ON contact_record (org_id, site_id, channel, program_id, started_at)`);

    await q.query(`
      CREATE TABLE import_job (
        org_id bigint NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        id bigint GENERATED ALWAYS AS IDENTITY,
        kind text NOT NULL CONSTRAINT import_job_kind_check CHECK (kind IN ('surveys', 'evaluations', 'kpis', 'contacts')),
        file_name text,
        size_bytes bigint CONSTRAINT import_job_size_bytes_check CHECK (size_bytes >= 0),
        mode text NOT NULL CONSTRAINT import_job_mode_check CHECK (mode IN ('strict', 'partial')),
        dry_run boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'RUNNING'
          CONSTRAINT import_job_status_check CHECK (status IN ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'REJECTED', 'FAILED')),
        rows_read integer NOT NULL DEFAULT 0,
        rows_inserted integer NOT NULL DEFAULT 0,
        rows_updated integer NOT NULL DEFAULT 0,
        rows_unchanged integer NOT NULL DEFAULT 0,
        rows_skipped integer NOT NULL DEFAULT 0,
        rows_rejected integer NOT NULL DEFAULT 0,
        error_summary text,
        options jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_by text,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        duration_ms integer,
        PRIMARY KEY (org_id, id),
        CONSTRAINT import_job_counts_check CHECK (
          least(rows_read, rows_inserted, rows_updated, rows_unchanged, rows_skipped, rows_rejected) >= 0)
      )`);
    await q.query(`CREATE INDEX import_job_started ON import_job (org_id, started_at, id)`);

    await q.query(`
      CREATE TABLE import_rejection (
        org_id bigint NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        job_id bigint NOT NULL,
        line integer NOT NULL,
        field text,
        value text,
        reason text NOT NULL,
        PRIMARY KEY (org_id, id),
        FOREIGN KEY (org_id, job_id) REFERENCES import_job(org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX import_rejection_job ON import_rejection (org_id, job_id, line, id)`);

    await q.query(`
      CREATE TABLE import_mapping (
        org_id bigint NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        id bigint GENERATED ALWAYS AS IDENTITY,
        name text NOT NULL CONSTRAINT import_mapping_name_check CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
        kind text NOT NULL CONSTRAINT import_mapping_kind_check CHECK (kind IN ('surveys', 'evaluations', 'kpis', 'contacts')),
        spec jsonb NOT NULL CONSTRAINT import_mapping_spec_check CHECK (jsonb_typeof(spec) = 'object'),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, id),
        UNIQUE (org_id, name)
      )`);

    await q.query(`
      CREATE TABLE evaluation_form (
        org_id bigint NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        id bigint GENERATED ALWAYS AS IDENTITY,
        name text NOT NULL CONSTRAINT evaluation_form_name_check CHECK (length(btrim(name)) > 0),
        critical_mode text NOT NULL DEFAULT 'GATE' CONSTRAINT evaluation_form_critical_mode_check CHECK (critical_mode IN ('KNOCKOUT', 'GATE')),
        pass_mark_pct numeric(5,2) NOT NULL DEFAULT 80 CONSTRAINT evaluation_form_pass_mark_pct_check CHECK (pass_mark_pct BETWEEN 0 AND 100),
        -- at most 100 while process_evaluation.score_pct is limited to 0-100
        score_cap_pct numeric(5,2) NOT NULL DEFAULT 100
          CONSTRAINT evaluation_form_score_cap_pct_check CHECK (score_cap_pct >= pass_mark_pct AND score_cap_pct <= 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, id),
        UNIQUE (org_id, name)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE evaluation_form`);
    await q.query(`DROP TABLE import_mapping`);
    await q.query(`DROP TABLE import_rejection`);
    await q.query(`DROP TABLE import_job`);
    await q.query(`DROP TABLE contact_record`);
  }
}
