/**
 * The one set-based merge of staged rows into a fact table keyed by
 * (org_id, external_id): insert new rows, update changed ones, leave equal
 * ones untouched, count both, and capture the keys (old and new) whose
 * aggregates must be recomputed. Parameters: $1 org id, $2 source label.
 */
export interface ExternalIdMerge {
  table: string;
  /** Target columns besides org_id, external_id, source and received_at; `src` yields them by these names. */
  columns: readonly string[];
  /** A SELECT yielding external_id and the columns, at most one row per external_id. */
  src: string;
  /** Target columns to capture from changed rows (before and after the change). */
  capture: readonly string[];
  /** Records the captured rows (`rows` is a subquery yielding the capture columns). */
  recordAffected(rows: string): string;
  /** The source label written on changed rows; $2 by default. */
  source?: string;
  /**
   * Order of insertion (columns of src): rows of one site and time range end up
   * on neighbouring pages, so the rollup refresh and dashboards read few pages.
   */
  insertOrder: readonly string[];
}

const tuple = (alias: string, columns: readonly string[]) => `(${columns.map((c) => `${alias}.${c}`).join(', ')})`;

export function externalIdMergeSql(m: ExternalIdMerge): string {
  const cols = m.columns;
  const captured = m.capture.join(', ');
  return `
WITH src AS (${m.src}),
moved AS (
  -- rows about to change, as they are now: a row moved to another site or day leaves its old one to recompute
  SELECT ${m.capture.map((c) => `t.${c}`).join(', ')}
  FROM ${m.table} t JOIN src ON t.org_id = $1 AND t.external_id = src.external_id
  WHERE ${tuple('t', cols)} IS DISTINCT FROM ${tuple('src', cols)}
),
merged AS (
  INSERT INTO ${m.table} AS t (org_id, external_id, source, ${cols.join(', ')})
  SELECT $1, src.external_id, ${m.source ?? '$2'}, ${cols.map((c) => `src.${c}`).join(', ')} FROM src
  ORDER BY ${m.insertOrder.map((c) => `src.${c}`).join(', ')}
  ON CONFLICT (org_id, external_id) DO UPDATE
  SET ${cols.map((c) => `${c} = excluded.${c}`).join(', ')}, source = excluded.source, received_at = now()
  WHERE ${tuple('t', cols)} IS DISTINCT FROM ${tuple('excluded', cols)}
  RETURNING (t.xmax = 0) AS inserted, ${m.capture.map((c) => `t.${c}`).join(', ')}
),
affected AS (
  ${m.recordAffected(`SELECT ${captured} FROM moved UNION ALL SELECT ${captured} FROM merged`)}
)
SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM merged`;
}

/** Records the site-local days of changed rows of a fact (`time` is its timestamp column). */
export function recordAffectedDays(fact: 'survey' | 'evaluation' | 'kpi', time: string): (rows: string) => string {
  return (rows) => `
  INSERT INTO import_affected_days (fact, site_id, local_date)
  SELECT DISTINCT '${fact}', d.site_id, (d.${time} AT TIME ZONE s.time_zone)::date
  FROM (${rows}) d JOIN site s ON s.org_id = $1 AND s.id = d.site_id`;
}
