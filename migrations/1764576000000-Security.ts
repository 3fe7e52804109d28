import { MigrationInterface, QueryRunner } from 'typeorm';

export const APP_ROLE = 'cxlens_app';

/**
 * Accounts, API tokens, sessions and the audit log; then row-level security on
 * every tenant table, keyed by per-transaction settings the server sets with
 * SET LOCAL: app.org_id (the tenant) and app.site_ids ('*' = every site of the
 * org, or a comma-separated list for a site manager; unset = nothing).
 * The application connects as cxlens_app: not the owner, no BYPASSRLS, so the
 * policies hold even if a resolver forgets a filter. Migrations, start-up
 * maintenance and the demo loader run as the owner, which RLS does not bind.
 */
export class Security1764576000000 implements MigrationInterface {
  name = 'Security1764576000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        org_id bigint NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        id bigint GENERATED ALWAYS AS IDENTITY,
        email text NOT NULL CONSTRAINT app_user_email_check CHECK (email = lower(email) AND email ~ '^[^@\\s]+@[^@\\s]+$'),
        name text NOT NULL CONSTRAINT app_user_name_check CHECK (length(btrim(name)) > 0),
        role text NOT NULL CONSTRAINT app_user_role_check CHECK (role IN ('ADMIN', 'DIRECTOR', 'SITE_MANAGER', 'ANALYST')),
        password_hash text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz,
        PRIMARY KEY (org_id, id),
        UNIQUE (org_id, email)
      )`);
    await q.query(`CREATE INDEX app_user_email ON app_user (email)`);
    await q.query(`
      CREATE TABLE user_site (
        org_id bigint NOT NULL,
        user_id bigint NOT NULL,
        site_id bigint NOT NULL,
        PRIMARY KEY (org_id, user_id, site_id),
        FOREIGN KEY (org_id, user_id) REFERENCES app_user(org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, site_id) REFERENCES site(org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE user_program (
        org_id bigint NOT NULL,
        user_id bigint NOT NULL,
        program_id bigint NOT NULL,
        PRIMARY KEY (org_id, user_id, program_id),
        FOREIGN KEY (org_id, user_id) REFERENCES app_user(org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, program_id) REFERENCES program(org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE api_token (
        org_id bigint NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        user_id bigint NOT NULL,
        name text NOT NULL CONSTRAINT api_token_name_check CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        token_hash text NOT NULL,
        prefix text NOT NULL,
        scope text NOT NULL CONSTRAINT api_token_scope_check CHECK (scope IN ('READ', 'READ_WRITE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        expires_at timestamptz,
        revoked_at timestamptz,
        PRIMARY KEY (org_id, id),
        UNIQUE (org_id, token_hash),
        FOREIGN KEY (org_id, user_id) REFERENCES app_user(org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE auth_session (
        org_id bigint NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        user_id bigint NOT NULL,
        refresh_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text,
        ip text,
        PRIMARY KEY (org_id, id),
        UNIQUE (org_id, refresh_hash),
        FOREIGN KEY (org_id, user_id) REFERENCES app_user(org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE audit_log (
        org_id bigint NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        id bigint GENERATED ALWAYS AS IDENTITY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id bigint,
        actor_token_id bigint,
        action text NOT NULL CONSTRAINT audit_log_action_check CHECK (action ~ '^[a-z_]+(\\.[a-z_]+)+$'),
        target text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        ip text,
        PRIMARY KEY (org_id, id)
      )`);
    await q.query(`CREATE INDEX audit_log_at ON audit_log (org_id, at DESC, id DESC)`);

    // The login form knows only an email: this owner-run function finds the candidate accounts
    // across organisations, returning what the password check needs and nothing else.
    await q.query(`
      CREATE FUNCTION auth_login_candidates(p_email text)
      RETURNS TABLE (org_id bigint, org_slug text, user_id bigint, password_hash text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT u.org_id, o.slug, u.id, u.password_hash
        FROM app_user u JOIN organization o ON o.id = u.org_id
        WHERE u.email = lower(p_email) AND u.active AND u.password_hash IS NOT NULL
      $$`);

    await q.query(`CREATE FUNCTION app_org_id() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.org_id', true), '')::bigint $$`);
    await q.query(`CREATE FUNCTION app_all_sites() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.site_ids', true), '') = '*' $$`);
    await q.query(`
      CREATE FUNCTION app_site_ids() RETURNS bigint[] LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN coalesce(current_setting('app.site_ids', true), '') IN ('', '*') THEN '{}'::bigint[]
                    ELSE string_to_array(current_setting('app.site_ids', true), ',')::bigint[] END
      $$`);

    await q.query(`
      DO $$
      DECLARE t record;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO ${APP_ROLE}', current_database());
        GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};
        REVOKE ALL ON schema_migrations FROM ${APP_ROLE};
        REVOKE UPDATE, DELETE ON audit_log FROM ${APP_ROLE};
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE};

        ALTER TABLE organization ENABLE ROW LEVEL SECURITY;
        CREATE POLICY tenant_isolation ON organization USING (id = app_org_id()) WITH CHECK (id = app_org_id());

        FOR t IN SELECT c.relname,
                        EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'site_id' AND NOT a.attisdropped) AS has_site
                 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
                 WHERE c.relkind IN ('r', 'p')
                   AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped)
        LOOP
          EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.relname);
          EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())', t.relname);
          IF t.has_site THEN
            EXECUTE format('CREATE POLICY site_scope ON %I AS RESTRICTIVE USING (app_all_sites() OR site_id = ANY (app_site_ids()))', t.relname);
          END IF;
        END LOOP;
        CREATE POLICY site_scope ON site AS RESTRICTIVE USING (app_all_sites() OR id = ANY (app_site_ids()));
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      DECLARE p record;
      BEGIN
        FOR p IN SELECT schemaname, tablename, policyname FROM pg_policies WHERE schemaname = 'public' LOOP
          EXECUTE format('DROP POLICY %I ON %I', p.policyname, p.tablename);
        END LOOP;
        FOR p IN SELECT c.relname AS tablename FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relrowsecurity LOOP
          EXECUTE format('ALTER TABLE %I DISABLE ROW LEVEL SECURITY', p.tablename);
        END LOOP;
        -- The role is cluster-wide (other databases may use it): revoke here, never drop.
        EXECUTE 'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}';
        EXECUTE 'REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}';
        EXECUTE 'REVOKE ALL ON SCHEMA public FROM ${APP_ROLE}';
        EXECUTE format('REVOKE ALL ON DATABASE %I FROM ${APP_ROLE}', current_database());
      END $$`);
    await q.query(`DROP FUNCTION app_site_ids()`);
    await q.query(`DROP FUNCTION app_all_sites()`);
    await q.query(`DROP FUNCTION app_org_id()`);
    await q.query(`DROP FUNCTION auth_login_candidates(text)`);
    for (const table of ['audit_log', 'auth_session', 'api_token', 'user_program', 'user_site', 'app_user']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
