import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole tenant data model. Citus-ready: every tenant table has org_id in
 * its primary key, every unique constraint and every foreign key, and ids are
 * bigint identities (see shared/ARCHITECTURE.md).
 */
export class InitialSchema1764316800000 implements MigrationInterface {
  name = 'InitialSchema1764316800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE channel AS ENUM ('VOICE','EMAIL','CHAT','SOCIAL','SMS','VIDEO','APP','SELF_SERVICE')`);
    await q.query(`CREATE TYPE evaluation_kind AS ENUM ('MYSTERY_SHOP','QA')`);

    // An IANA zone is valid when PostgreSQL can convert to it; declared IMMUTABLE
    // so it can back a CHECK constraint (tz data changes do not invalidate names).
    await q.query(`
      CREATE FUNCTION is_valid_time_zone(tz text) RETURNS boolean
      LANGUAGE plpgsql IMMUTABLE AS $$
      BEGIN
        PERFORM now() AT TIME ZONE tz;
        RETURN tz !~ '^[+-]?[0-9]' AND tz <> '';
      EXCEPTION WHEN invalid_parameter_value THEN
        RETURN false;
      END $$`);

    await q.query(`
      CREATE TABLE organization (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        slug text NOT NULL UNIQUE CONSTRAINT organization_slug_check CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        name text NOT NULL CONSTRAINT organization_name_check CHECK (length(btrim(name)) > 0),
        settings jsonb NOT NULL DEFAULT '{}'::jsonb CONSTRAINT organization_settings_check CHECK (jsonb_typeof(settings) = 'object'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE program (
        org_id bigint NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        id bigint GENERATED ALWAYS AS IDENTITY,
        code text NOT NULL CONSTRAINT program_code_check CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
        name text NOT NULL CONSTRAINT program_name_check CHECK (length(btrim(name)) > 0),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, id),
        UNIQUE (org_id, code)
      )`);

    await q.query(`
      CREATE TABLE site (
        org_id bigint NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        id bigint GENERATED ALWAYS AS IDENTITY,
        code text NOT NULL CONSTRAINT site_code_check CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
        name text NOT NULL CONSTRAINT site_name_check CHECK (length(btrim(name)) > 0),
        city text NOT NULL CONSTRAINT site_city_check CHECK (length(btrim(city)) > 0),
        country char(2) NOT NULL CONSTRAINT site_country_check CHECK (country ~ '^[A-Z]{2}$'),
        region text,
        time_zone text NOT NULL CONSTRAINT site_time_zone_check CHECK (is_valid_time_zone(time_zone)),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, id),
        UNIQUE (org_id, code)
      )`);

    await q.query(`
      CREATE TABLE survey_response (
        org_id bigint NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        site_id bigint NOT NULL,
        channel channel NOT NULL,
        program_id bigint NOT NULL,
        agent text,
        team text,
        topic text,
        language text CONSTRAINT survey_response_language_check CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
        customer_ref text,
        interaction_ref text,
        responded_at timestamptz NOT NULL,
        csat smallint CONSTRAINT survey_response_csat_check CHECK (csat BETWEEN 1 AND 5),
        nps smallint CONSTRAINT survey_response_nps_check CHECK (nps BETWEEN 0 AND 10),
        ces smallint CONSTRAINT survey_response_ces_check CHECK (ces BETWEEN 1 AND 7),
        resolved boolean,
        comment text,
        source text NOT NULL DEFAULT 'api',
        external_id text NOT NULL CONSTRAINT survey_response_external_id_check CHECK (length(external_id) BETWEEN 1 AND 200),
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, id),
        UNIQUE (org_id, external_id),
        FOREIGN KEY (org_id, site_id) REFERENCES site(org_id, id),
        FOREIGN KEY (org_id, program_id) REFERENCES program(org_id, id),
        CONSTRAINT survey_response_has_answer
          CHECK (csat IS NOT NULL OR nps IS NOT NULL OR ces IS NOT NULL OR resolved IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX survey_response_site_time ON survey_response (org_id, site_id, responded_at)`);
    await q.query(`CREATE INDEX survey_response_time ON survey_response (org_id, responded_at, id)`);

    await q.query(`
      CREATE TABLE process_evaluation (
        org_id bigint NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        kind evaluation_kind NOT NULL,
        site_id bigint NOT NULL,
        channel channel NOT NULL,
        program_id bigint NOT NULL,
        form text,
        evaluator text,
        agency text,
        scenario text,
        agent text,
        evaluated_at timestamptz NOT NULL,
        score_pct numeric(5,2) NOT NULL CONSTRAINT process_evaluation_score_pct_check CHECK (score_pct BETWEEN 0 AND 100),
        passed boolean,
        critical_failed boolean NOT NULL DEFAULT false,
        items jsonb NOT NULL DEFAULT '[]'::jsonb CONSTRAINT process_evaluation_items_check CHECK (jsonb_typeof(items) = 'array'),
        comment text,
        source text NOT NULL DEFAULT 'api',
        external_id text NOT NULL CONSTRAINT process_evaluation_external_id_check CHECK (length(external_id) BETWEEN 1 AND 200),
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, id),
        UNIQUE (org_id, external_id),
        FOREIGN KEY (org_id, site_id) REFERENCES site(org_id, id),
        FOREIGN KEY (org_id, program_id) REFERENCES program(org_id, id)
      )`);
    await q.query(`CREATE INDEX process_evaluation_site_time ON process_evaluation (org_id, site_id, evaluated_at)`);
    await q.query(`CREATE INDEX process_evaluation_time ON process_evaluation (org_id, evaluated_at, id)`);

    await q.query(`
      CREATE TABLE kpi_interval (
        org_id bigint NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        site_id bigint NOT NULL,
        channel channel NOT NULL,
        program_id bigint NOT NULL,
        interval_start timestamptz NOT NULL CONSTRAINT kpi_interval_interval_start_check CHECK (extract(epoch FROM interval_start)::bigint % 900 = 0),
        interval_minutes smallint NOT NULL CONSTRAINT kpi_interval_interval_minutes_check CHECK (interval_minutes IN (15, 30, 60)),
        -- offered >= 0 and sales_opportunities >= 0 follow from the checks below.
        offered integer NOT NULL DEFAULT 0,
        answered integer NOT NULL DEFAULT 0 CONSTRAINT kpi_interval_answered_check CHECK (answered >= 0),
        abandoned integer NOT NULL DEFAULT 0 CONSTRAINT kpi_interval_abandoned_check CHECK (abandoned >= 0),
        abandoned_short integer NOT NULL DEFAULT 0 CONSTRAINT kpi_interval_abandoned_short_check CHECK (abandoned_short >= 0 AND abandoned_short <= abandoned),
        answered_within_sl integer NOT NULL DEFAULT 0 CONSTRAINT kpi_interval_answered_within_sl_check CHECK (answered_within_sl >= 0 AND answered_within_sl <= answered),
        sl_threshold_s integer NOT NULL DEFAULT 20 CONSTRAINT kpi_interval_sl_threshold_s_check CHECK (sl_threshold_s BETWEEN 1 AND 86400),
        wait_answered_s bigint NOT NULL DEFAULT 0 CONSTRAINT kpi_interval_wait_answered_s_check CHECK (wait_answered_s >= 0),
        talk_s bigint NOT NULL DEFAULT 0 CONSTRAINT kpi_interval_talk_s_check CHECK (talk_s >= 0),
        hold_s bigint NOT NULL DEFAULT 0 CONSTRAINT kpi_interval_hold_s_check CHECK (hold_s >= 0),
        acw_s bigint NOT NULL DEFAULT 0 CONSTRAINT kpi_interval_acw_s_check CHECK (acw_s >= 0),
        handled integer NOT NULL DEFAULT 0 CONSTRAINT kpi_interval_handled_check CHECK (handled >= 0),
        resolved_first_contact integer NOT NULL DEFAULT 0 CONSTRAINT kpi_interval_resolved_first_contact_check CHECK (resolved_first_contact >= 0 AND resolved_first_contact <= handled),
        repeat_contacts integer NOT NULL DEFAULT 0 CONSTRAINT kpi_interval_repeat_contacts_check CHECK (repeat_contacts >= 0 AND repeat_contacts <= handled),
        transfers integer NOT NULL DEFAULT 0 CONSTRAINT kpi_interval_transfers_check CHECK (transfers >= 0 AND transfers <= handled),
        sales_opportunities integer NOT NULL DEFAULT 0,
        sales_conversions integer NOT NULL DEFAULT 0 CONSTRAINT kpi_interval_sales_conversions_check CHECK (sales_conversions >= 0 AND sales_conversions <= sales_opportunities),
        staffed_s bigint NOT NULL DEFAULT 0 CONSTRAINT kpi_interval_staffed_s_check CHECK (staffed_s >= 0),
        source text NOT NULL DEFAULT 'api',
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, id),
        UNIQUE (org_id, site_id, channel, program_id, interval_start),
        FOREIGN KEY (org_id, site_id) REFERENCES site(org_id, id),
        FOREIGN KEY (org_id, program_id) REFERENCES program(org_id, id),
        CONSTRAINT kpi_interval_answered_abandoned_within_offered CHECK (answered + abandoned <= offered)
      )`);
    await q.query(`CREATE INDEX kpi_interval_time ON kpi_interval (org_id, interval_start, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kpi_interval`);
    await q.query(`DROP TABLE process_evaluation`);
    await q.query(`DROP TABLE survey_response`);
    await q.query(`DROP TABLE site`);
    await q.query(`DROP TABLE program`);
    await q.query(`DROP TABLE organization`);
    await q.query(`DROP FUNCTION is_valid_time_zone(text)`);
    await q.query(`DROP TYPE evaluation_kind`);
    await q.query(`DROP TYPE channel`);
  }
}
