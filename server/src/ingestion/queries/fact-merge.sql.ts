/**
 * The set-based merge of staged rows into a fact table keyed by
 * (org_id, external_id): insert new rows, update changed ones, leave equal
 * ones untouched, count both, and record the keys (old and new) whose
 * aggregates must be recomputed. Parameters: $1 org id, $2 source label.
 *
 * Two statements, so a first import pays for nothing it does not need:
 * INSERT_NEW inserts the rows whose external_id is not stored yet (ON CONFLICT
 * DO NOTHING: no lookup of old values, no comparison); only when some rows
 * were not inserted does UPSERT compare them with the stored ones and update
 * the changed ones, capturing where they were. Rows INSERT_NEW wrote compare
 * equal in UPSERT, so they count once. Within one file the last row of an
 * external_id wins: with duplicates the source keeps only that row
 * (DISTINCT ON, a sort the common case does without).
 */
export interface ExternalIdMerge {
  table: string;
  /** Target columns besides org_id, external_id, source and received_at; `select` yields them by these names. */
  columns: readonly string[];
  /**
   * The select list over the staged rows (`st`, from STAGED_ROWS, or `from`):
   * external_id and the columns, one row per staged row.
   */
  select: string;
  /** Where the rows come from; STAGED_ROWS by default. */
  from?: string;
  /** Target columns to capture from changed rows (before and after the change). */
  capture: readonly string[];
  /** Records the captured rows (`rows` is a subquery yielding the capture columns). */
  recordAffected(rows: string): string;
  /** The source label written on changed rows; $2 by default. */
  source?: string;
  /**
   * Order of insertion (columns of the source): rows of one site and time range
   * end up on neighbouring pages, so the rollup refresh and dashboards read few pages.
   */
  insertOrder: readonly string[];
}

export interface ExternalIdMergeSql {
  /** One row: `keys` (distinct external_ids staged) and `duplicates`; (some external_id staged twice); no parameters. */
  keys: string;
  /** One row: `inserted`. */
  insertNew(duplicates: boolean): string;
  /** One row: `inserted`, `updated`; a complete merge on its own (rows not stored yet are inserted). */
  upsert(duplicates: boolean): string;
}

const tuple = (alias: string, columns: readonly string[]) => `(${columns.map((c) => `${alias}.${c}`).join(', ')})`;

export function externalIdMergeSql(m: ExternalIdMerge): ExternalIdMergeSql {
  const cols = m.columns;
  const captured = m.capture.join(', ');
  const from = m.from ?? 'FROM import_staging st';
  const src = (duplicates: boolean) =>
    duplicates
      ? `SELECT DISTINCT ON (external_id) * FROM (SELECT st.line, ${m.select} ${from}) r ORDER BY external_id, line DESC`
      : `SELECT ${m.select} ${from}`;
  const insert = `
  INSERT INTO ${m.table} AS t (org_id, external_id, source, ${cols.join(', ')})
  SELECT $1, src.external_id, ${m.source ?? '$2'}, ${cols.map((c) => `src.${c}`).join(', ')} FROM src
  ORDER BY ${m.insertOrder.map((c) => `src.${c}`).join(', ')}`;
  return {
    keys: `
SELECT count(*)::int AS keys, coalesce(bool_or(n > 1), false) AS duplicates
FROM (SELECT count(*) AS n FROM import_staging GROUP BY external_id) k`,
    insertNew: (duplicates) => `
WITH src AS (${src(duplicates)}),
inserted AS (${insert}
  ON CONFLICT (org_id, external_id) DO NOTHING
  RETURNING ${m.capture.map((c) => `t.${c}`).join(', ')}
),
affected AS (
  ${m.recordAffected(`SELECT ${captured} FROM inserted`)}
)
SELECT count(*)::int AS inserted FROM inserted`,
    // The stored row is looked up once per source row (LATERAL … LIMIT 1: an index probe whatever the
    // row estimates say; under row-level security they are far off, and a join was planned as a loop
    // over every row for each site). Only rows that differ go on to the upsert: equal ones are not
    // even locked.
    upsert: (duplicates) => `
WITH src AS (${src(duplicates)}),
changed AS (
  SELECT src.*, ${m.capture.map((c) => `t.${c} AS old_${c}`).join(', ')}
  FROM src LEFT JOIN LATERAL (
    SELECT ${[...new Set([...m.capture, ...cols])].join(', ')} FROM ${m.table} t
    WHERE t.org_id = $1 AND t.external_id = src.external_id LIMIT 1
  ) t ON true
  WHERE ${tuple('t', cols)} IS DISTINCT FROM ${tuple('src', cols)}
),
merged AS (${insert.replace('FROM src', 'FROM changed src')}
  ON CONFLICT (org_id, external_id) DO UPDATE
  SET ${cols.map((c) => `${c} = excluded.${c}`).join(', ')}, source = excluded.source, received_at = now()
  WHERE ${tuple('t', cols)} IS DISTINCT FROM ${tuple('excluded', cols)}
  RETURNING (t.xmax = 0) AS inserted, ${m.capture.map((c) => `t.${c}`).join(', ')}
),
affected AS (
  -- where changed rows were (a row moved to another site or day leaves its old one to recompute) and are now
  ${m.recordAffected(`SELECT ${m.capture.map((c) => `old_${c} AS ${c}`).join(', ')} FROM changed WHERE old_${m.capture[0]} IS NOT NULL
    UNION ALL SELECT ${captured} FROM merged`)}
)
SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM merged`,
  };
}

/** Records the UTC dates of changed rows of a fact (`time` is its timestamp column); see affectedDaysOf. */
export function recordAffectedDays(fact: 'survey' | 'evaluation' | 'kpi', time: string): (rows: string) => string {
  return (rows) => `
  INSERT INTO import_affected_days (fact, site_id, utc_date)
  SELECT DISTINCT '${fact}', d.site_id, (d.${time} AT TIME ZONE 'UTC')::date FROM (${rows}) d`;
}
