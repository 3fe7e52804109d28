import { derivedRollupKeys, refreshDerivedRollups } from './derived-rollups';
import { Fact, FACT_TABLES, localDateSql } from './fact-tables';

export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

/** SQL selecting the (site_id, local_date) pairs whose rollup rows must be recomputed; `$1` is the org id. */
export interface AffectedDays {
  sql: string;
  params?: unknown[];
}

/**
 * Recomputes the daily rollup rows of the affected site-days from the raw
 * facts. Run it in the writing transaction, after the facts changed: the
 * rollups then commit (or roll back) with them. Recomputing rather than adding
 * deltas keeps updates and re-imports exact.
 */
export async function refreshDailyRollups(db: Queryable, fact: Fact, orgId: string, affected: AffectedDays | 'ALL'): Promise<void> {
  // The weekly, monthly and organisation-wide grains are sums of daily rows (derived-rollups.ts).
  const derived = await derivedRollupKeys(db, orgId, affected);
  await refreshSiteDays(db, fact, orgId, affected);
  await refreshDerivedRollups(db, fact, orgId, derived);
}

async function refreshSiteDays(db: Queryable, fact: Fact, orgId: string, affected: AffectedDays | 'ALL'): Promise<void> {
  const { table, time, rollup, parts } = FACT_TABLES[fact];
  const names = Object.keys(parts);

  if (affected === 'ALL') {
    const localDate = localDateSql(fact);
    await db.query(`DELETE FROM ${rollup} WHERE org_id = $1`, [orgId]);
    await db.query(
      `INSERT INTO ${rollup} (org_id, site_id, channel, program_id, local_date, ${names.join(', ')})
       SELECT f.org_id, f.site_id, f.channel, f.program_id, ${localDate}, ${names.map((n) => parts[n]).join(', ')}
       FROM ${table} f JOIN site s ON s.org_id = f.org_id AND s.id = f.site_id
       WHERE f.org_id = $1
       GROUP BY f.org_id, f.site_id, f.channel, f.program_id, ${localDate}`,
      [orgId],
    );
    return;
  }

  const params = [orgId, ...(affected.params ?? [])];
  const runs = runsOfDays(affected.sql);
  // The plans are fixed by the query's shape (a loop over the runs, index scans inside), not
  // left to row estimates: under row-level security they are far off, and a hash or nested-loop
  // join chosen on them turned a 2-second refresh into minutes.
  await db.query(
    `WITH ${runs}
     DELETE FROM ${rollup} d WHERE d.ctid = ANY (ARRAY(
       SELECT x.ctid FROM runs r CROSS JOIN LATERAL (
         SELECT x.ctid FROM ${rollup} x
         WHERE x.org_id = $1 AND x.site_id = r.site_id AND x.local_date BETWEEN r.first_day AND r.last_day OFFSET 0) x))`,
    params,
  );
  const localDate = `(f.${time} AT TIME ZONE r.time_zone)::date`;
  await db.query(
    `WITH ${runs}
     INSERT INTO ${rollup} (org_id, site_id, channel, program_id, local_date, ${names.join(', ')})
     SELECT g.* FROM runs r CROSS JOIN LATERAL (
       SELECT f.org_id, f.site_id, f.channel, f.program_id, ${localDate} AS local_date, ${names.map((n) => parts[n]).join(', ')}
       FROM ${table} f
       WHERE f.org_id = $1 AND f.site_id = r.site_id AND f.${time} >= r.from_utc AND f.${time} < r.to_utc
         AND ${localDate} BETWEEN r.first_day AND r.last_day
       GROUP BY f.org_id, f.site_id, f.channel, f.program_id, ${localDate}) g`,
    params,
  );
}

/**
 * The affected site-days (`sql` yields site_id, local_date) as runs of
 * consecutive days per site, each with the UTC range its rows lie in: one
 * index range scan per run, so a big import reads each site's rows once and a
 * scattered one only around its days. A local day lies within [D-1, D+2) UTC
 * for any offset from -24 to +24 hours; rows are then kept by their exact local
 * date, and since runs share no day, no row is counted twice.
 * The bounds are columns, not expressions: under row-level security only
 * leakproof comparisons become index conditions (`AT TIME ZONE` is not
 * leakproof), and a range computed in the join condition was a filter over
 * the site's whole history.
 */
function runsOfDays(affectedSql: string): string {
  return `
     days AS MATERIALIZED (SELECT DISTINCT site_id, local_date FROM (${affectedSql}) x),
     runs AS MATERIALIZED (
       SELECT d.site_id, s.time_zone, min(d.local_date) AS first_day, max(d.local_date) AS last_day,
              ((min(d.local_date) - 1)::timestamp AT TIME ZONE 'UTC') AS from_utc,
              ((max(d.local_date) + 2)::timestamp AT TIME ZONE 'UTC') AS to_utc
       FROM (SELECT site_id, local_date, local_date - (row_number() OVER (PARTITION BY site_id ORDER BY local_date))::int AS run
             FROM days) d
       JOIN site s ON s.org_id = $1 AND s.id = d.site_id
       GROUP BY d.site_id, s.time_zone, d.run
     )`;
}
