/** One batch of rejected rows; arrays keep it one statement per batch. */
export const INSERT_REJECTIONS_SQL = `
  INSERT INTO import_rejection (org_id, job_id, line, field, value, reason)
  SELECT $1, $2, r.line, r.field, r.value, r.reason
  FROM unnest($3::int[], $4::text[], $5::text[], $6::text[]) AS r(line, field, value, reason)`;

/** In file order; $3/$4 the (line, id) after which to continue (0, 0 for the start). */
export const REJECTION_PAGE_SQL = `
  SELECT id, line, field, value, reason FROM import_rejection
  WHERE org_id = $1 AND job_id = $2 AND (line, id) > ($3::int, $4::bigint)
  ORDER BY line, id
  LIMIT $5`;
