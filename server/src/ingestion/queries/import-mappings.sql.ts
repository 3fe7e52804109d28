const MAPPING_COLUMNS = `id, name, kind, spec, updated_at AS "updatedAt"`;

export const UPSERT_MAPPING_SQL = `
  INSERT INTO import_mapping (org_id, name, kind, spec) VALUES ($1, $2, $3, $4)
  ON CONFLICT (org_id, name) DO UPDATE SET kind = excluded.kind, spec = excluded.spec, updated_at = now()
  RETURNING ${MAPPING_COLUMNS}`;

export const MAPPING_BY_NAME_SQL = `SELECT ${MAPPING_COLUMNS} FROM import_mapping WHERE org_id = $1 AND name = $2`;

export const MAPPINGS_SQL = `SELECT ${MAPPING_COLUMNS} FROM import_mapping WHERE org_id = $1 ORDER BY name`;

export const DELETE_MAPPING_SQL = `WITH gone AS (DELETE FROM import_mapping WHERE org_id = $1 AND name = $2 RETURNING id) SELECT id FROM gone`;
