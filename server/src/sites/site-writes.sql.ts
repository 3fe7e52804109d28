const SITE_COLUMNS = `org_id AS "orgId", id, code, name, city, country, region, time_zone AS "timeZone", active`;

export const INSERT_SITE_SQL = `
  INSERT INTO site (org_id, code, name, city, country, region, time_zone, active)
  VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8, true))
  RETURNING ${SITE_COLUMNS}`;

/** Only the given fields change ($3-$9 null = keep); $10 true clears the region. The old time zone comes back too. */
export const UPDATE_SITE_SQL = `
  WITH before AS (SELECT time_zone FROM site WHERE org_id = $1 AND id = $2),
  updated AS (
    UPDATE site SET code = coalesce($3, code), name = coalesce($4, name), city = coalesce($5, city),
                    country = coalesce($6, country), region = CASE WHEN $10 THEN NULL ELSE coalesce($7, region) END,
                    time_zone = coalesce($8, time_zone), active = coalesce($9, active)
    WHERE org_id = $1 AND id = $2
    RETURNING *)
  SELECT u.org_id AS "orgId", u.id, u.code, u.name, u.city, u.country, u.region, u.time_zone AS "timeZone", u.active,
         b.time_zone AS "previousTimeZone"
  FROM updated u CROSS JOIN before b`;

/** Days of one site in a rollup ($2 site id): the rollup rows it has now, and the local days of its facts. */
export function siteDaysSql(rollup: string, table: string, time: string): string {
  return `
    SELECT site_id, local_date FROM ${rollup} WHERE org_id = $1 AND site_id = $2
    UNION
    SELECT f.site_id, (f.${time} AT TIME ZONE s.time_zone)::date
    FROM ${table} f JOIN site s ON s.org_id = f.org_id AND s.id = f.site_id
    WHERE f.org_id = $1 AND f.site_id = $2`;
}
