const PROGRAM_COLUMNS = `org_id AS "orgId", id, code, name, active`;

export const INSERT_PROGRAM_SQL = `
  INSERT INTO program (org_id, code, name, active) VALUES ($1, $2, $3, coalesce($4, true))
  RETURNING ${PROGRAM_COLUMNS}`;

export const UPDATE_PROGRAM_SQL = `
  WITH updated AS (
    UPDATE program SET code = coalesce($3, code), name = coalesce($4, name), active = coalesce($5, active)
    WHERE org_id = $1 AND id = $2
    RETURNING *)
  SELECT ${PROGRAM_COLUMNS} FROM updated`;
