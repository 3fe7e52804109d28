/** Sites, programs, forms and settings an import resolves against ($1 = org id). */
export const ORG_SITES_SQL = `SELECT id, code, name FROM site WHERE org_id = $1 ORDER BY code`;
export const ORG_PROGRAMS_SQL = `SELECT id, code, name FROM program WHERE org_id = $1 ORDER BY code`;
export const ORG_FORMS_SQL = `
  SELECT name, critical_mode AS "criticalMode", pass_mark_pct::float8 AS "passMarkPct", score_cap_pct::float8 AS "scoreCapPct"
  FROM evaluation_form WHERE org_id = $1`;
export const ORG_SETTINGS_SQL = `SELECT settings FROM organization WHERE id = $1`;

/** `?org=<slug>` on download links, where no header can be sent. */
export const ORG_ID_BY_SLUG_SQL = `SELECT id FROM organization WHERE slug = $1`;

/** --create-missing: staged site codes unknown to the org become sites. $2 city (null = the code), $3 country, $4 time zone. */
export const CREATE_MISSING_SITES_SQL = `
  INSERT INTO site (org_id, code, name, city, country, time_zone)
  SELECT DISTINCT $1::bigint, st.site_code, st.site_code, coalesce($2::text, st.site_code), $3::text, $4::text
  FROM import_staging st
  WHERE NOT EXISTS (SELECT 1 FROM site s WHERE s.org_id = $1 AND s.code = st.site_code)
  ON CONFLICT (org_id, code) DO NOTHING
  RETURNING code`;

export const CREATE_MISSING_PROGRAMS_SQL = `
  INSERT INTO program (org_id, code, name)
  SELECT DISTINCT $1::bigint, st.program_code, st.program_code
  FROM import_staging st
  WHERE NOT EXISTS (SELECT 1 FROM program p WHERE p.org_id = $1 AND p.code = st.program_code)
  ON CONFLICT (org_id, code) DO NOTHING
  RETURNING code`;

/**
 * Imports of one organisation merge one at a time: their rollup refreshes
 * would otherwise race on the same site-days. Staging (the slow, streaming
 * part) still runs in parallel. $1 = org id.
 */
export const LOCK_ORG_IMPORTS_SQL = `SELECT pg_advisory_xact_lock(hashtext('cxlens.import'), ($1::bigint % 2147483647)::int)`;
