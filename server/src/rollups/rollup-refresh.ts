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
  const localDate = localDateSql(fact);

  if (affected === 'ALL') {
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
  const affectedDays = `(SELECT DISTINCT site_id, local_date FROM (${affected.sql}) x)`;
  await db.query(
    `DELETE FROM ${rollup} d USING ${affectedDays} a
     WHERE d.org_id = $1 AND d.site_id = a.site_id AND d.local_date = a.local_date`,
    params,
  );
  // The UTC range pre-filter lets the (org_id, site_id, time) index work; a local day lies
  // within [D-1, D+2) UTC for every offset from -12 to +14. The local-date join is exact.
  await db.query(
    `INSERT INTO ${rollup} (org_id, site_id, channel, program_id, local_date, ${names.join(', ')})
     SELECT f.org_id, f.site_id, f.channel, f.program_id, a.local_date, ${names.map((n) => parts[n]).join(', ')}
     FROM ${affectedDays} a
     JOIN site s ON s.org_id = $1 AND s.id = a.site_id
     JOIN ${table} f ON f.org_id = $1 AND f.site_id = a.site_id
      AND f.${time} >= ((a.local_date - 1)::timestamp AT TIME ZONE 'UTC')
      AND f.${time} < ((a.local_date + 2)::timestamp AT TIME ZONE 'UTC')
      AND ${localDate} = a.local_date
     GROUP BY f.org_id, f.site_id, f.channel, f.program_id, a.local_date`,
    params,
  );
}
