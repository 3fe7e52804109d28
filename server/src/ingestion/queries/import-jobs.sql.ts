export const JOB_COLUMNS = `
  id, kind, file_name AS "fileName", size_bytes::float8 AS "sizeBytes", mode, dry_run AS "dryRun", status,
  rows_read AS "rowsRead", rows_inserted AS "rowsInserted", rows_updated AS "rowsUpdated",
  rows_unchanged AS "rowsUnchanged", rows_skipped AS "rowsSkipped", rows_rejected AS "rowsRejected",
  error_summary AS "errorSummary", created_by AS "createdBy", started_at AS "startedAt",
  finished_at AS "finishedAt", duration_ms AS "durationMs"`;

/** A job is recorded (committed) before its rows are read, so its rejections can refer to it even after a rollback. */
export const INSERT_JOB_SQL = `
  INSERT INTO import_job (org_id, kind, file_name, mode, dry_run, options, created_by)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  RETURNING ${JOB_COLUMNS}`;

/**
 * $1 org, $2 job, $3 status, $4 size, $5-$10 read/inserted/updated/unchanged/skipped/rejected, $11 summary.
 * Wrapped in a SELECT so every client returns the row the same way.
 */
export const FINISH_JOB_SQL = `
  WITH finished AS (
  UPDATE import_job
  SET status = $3, size_bytes = $4, rows_read = $5, rows_inserted = $6, rows_updated = $7, rows_unchanged = $8,
      rows_skipped = $9, rows_rejected = $10, error_summary = $11, finished_at = clock_timestamp(),
      duration_ms = round(extract(epoch FROM clock_timestamp() - started_at) * 1000)::int
  WHERE org_id = $1 AND id = $2
  RETURNING *)
  SELECT ${JOB_COLUMNS} FROM finished`;

/**
 * A running import holds this lock for its whole transaction ($1 job id): PostgreSQL releases it when the
 * transaction ends, or when its server process or connection dies, whichever instance ran it.
 */
export const HOLD_JOB_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('cxlens.import-job'), ($1::bigint % 2147483647)::int)`;

/**
 * Jobs still RUNNING whose lock nobody holds: their import ended without finishing the job (its server
 * stopped or lost the database), and nothing of it was written (one transaction). The lock is tried only
 * for jobs started ABANDONED_AFTER ago, past the moment between recording a job and its import taking the
 * lock. The lock taken here ends with the reading transaction. $1 org.
 */
export const FAIL_ABANDONED_JOBS_SQL = `
  UPDATE import_job
  SET status = 'FAILED', finished_at = clock_timestamp(),
      duration_ms = round(extract(epoch FROM clock_timestamp() - started_at) * 1000)::int,
      error_summary = 'the import stopped before it finished (its server stopped or lost the database); nothing was written'
  WHERE org_id = $1 AND status = 'RUNNING' AND started_at < now() - interval '2 minutes'
    AND pg_try_advisory_xact_lock(hashtext('cxlens.import-job'), (id % 2147483647)::int)`;

export const JOB_BY_ID_SQL = `SELECT ${JOB_COLUMNS} FROM import_job WHERE org_id = $1 AND id = $2`;

/** Newest first; $3/$4 the (started_at, id) of the previous page's last job, or null. */
export const JOB_PAGE_SQL = `
  SELECT ${JOB_COLUMNS} FROM import_job
  WHERE org_id = $1 AND ($3::timestamptz IS NULL OR (started_at, id) < ($3::timestamptz, $4::bigint))
  ORDER BY started_at DESC, id DESC
  LIMIT $2`;
