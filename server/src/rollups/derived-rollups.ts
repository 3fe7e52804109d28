import { bucketStart } from '@cxlens/shared';
import { FACT_TABLES, Fact } from './fact-tables';
import { DERIVED_GRAINS, grainTable } from './rollup-grains';
import type { AffectedDays, Queryable } from './rollup-refresh';

/** The rows of the derived grains that a change of some site-days makes stale. */
export type DerivedRollupKeys =
  | 'ALL'
  | {
      /** Site-local dates (ORG_DAY rows, and the ORG_WEEK rows of their weeks). */
      dates: string[];
      /** (site, Monday) pairs (WEEK rows), as two aligned arrays. */
      weekSites: string[];
      weekStarts: string[];
      /** (site, 1st of month) pairs (MONTH rows). */
      monthSites: string[];
      monthStarts: string[];
    };

/**
 * The derived rows of the affected site-days. Read before the daily rows change: the affected
 * SQL may read the daily rollup itself (a site's days before its time zone changed).
 */
export async function derivedRollupKeys(db: Queryable, orgId: string, affected: AffectedDays | 'ALL'): Promise<DerivedRollupKeys> {
  if (affected === 'ALL') return 'ALL';
  const result = await db.query(
    `WITH a AS MATERIALIZED (SELECT DISTINCT site_id, local_date FROM (${affected.sql}) x),
     w AS (SELECT DISTINCT site_id, date_trunc('week', local_date)::date AS start FROM a),
     m AS (SELECT DISTINCT site_id, date_trunc('month', local_date)::date AS start FROM a)
     SELECT $1::bigint AS org_id, -- the affected SQL may use it, or not
            (SELECT coalesce(array_agg(DISTINCT local_date::text), '{}') FROM a) AS dates,
            w.sites AS week_sites, w.starts AS week_starts, m.sites AS month_sites, m.starts AS month_starts
     FROM (SELECT coalesce(array_agg(site_id::text ORDER BY site_id, start), '{}') AS sites,
                  coalesce(array_agg(start::text ORDER BY site_id, start), '{}') AS starts FROM w) w,
          (SELECT coalesce(array_agg(site_id::text ORDER BY site_id, start), '{}') AS sites,
                  coalesce(array_agg(start::text ORDER BY site_id, start), '{}') AS starts FROM m) m`,
    [orgId, ...(affected.params ?? [])],
  );
  // pg's Client answers { rows }, TypeORM's query runner the rows themselves.
  const [row] = (Array.isArray(result) ? result : result.rows) as Record<string, string[]>[];
  return { dates: row.dates, weekSites: row.week_sites, weekStarts: row.week_starts, monthSites: row.month_sites, monthStarts: row.month_starts };
}

/**
 * Recomputes the derived grains' rows (WEEK, MONTH, ORG_DAY, ORG_WEEK) from the daily rollup, after the
 * daily rows of the same transaction are up to date. Sums of sums: exact, and cheap next to
 * the daily refresh, which reads raw rows.
 */
export async function refreshDerivedRollups(db: Queryable, fact: Fact, orgId: string, keys: DerivedRollupKeys): Promise<void> {
  const daily = FACT_TABLES[fact].rollup;
  const names = Object.keys(FACT_TABLES[fact].parts);
  const sums = names.map((n) => `sum(d.${n})`).join(', ');
  for (const grain of DERIVED_GRAINS) {
    const { table, unit } = grainTable(fact, grain);
    if (grain === 'ORG_DAY') {
      const where = keys === 'ALL' ? '' : 'AND d.local_date = ANY($2::date[])';
      const params = keys === 'ALL' ? [orgId] : [orgId, keys.dates];
      if (keys !== 'ALL' && !keys.dates.length) continue;
      await db.query(`DELETE FROM ${table} d WHERE d.org_id = $1 ${where}`, params);
      await db.query(
        `INSERT INTO ${table} (org_id, channel, program_id, local_date, ${names.join(', ')})
         SELECT d.org_id, d.channel, d.program_id, d.local_date, ${sums}
         FROM ${daily} d WHERE d.org_id = $1 ${where}
         GROUP BY d.org_id, d.channel, d.program_id, d.local_date`,
        params,
      );
      continue;
    }
    if (grain === 'ORG_WEEK') {
      await refreshOrganizationWeeks(db, fact, orgId, keys === 'ALL' ? 'ALL' : keys.dates);
      continue;
    }
    const start = `date_trunc('${unit}', d.local_date)::date`;
    if (keys === 'ALL') {
      await db.query(`DELETE FROM ${table} WHERE org_id = $1`, [orgId]);
      await db.query(
        `INSERT INTO ${table} (org_id, site_id, channel, program_id, local_date, ${names.join(', ')})
         SELECT d.org_id, d.site_id, d.channel, d.program_id, ${start}, ${sums}
         FROM ${daily} d WHERE d.org_id = $1
         GROUP BY d.org_id, d.site_id, d.channel, d.program_id, ${start}`,
        [orgId],
      );
      continue;
    }
    const [sites, starts] = grain === 'WEEK' ? [keys.weekSites, keys.weekStarts] : [keys.monthSites, keys.monthStarts];
    if (!sites.length) continue;
    // Equality on (site, first day) and a date range the (org_id, local_date) index serves:
    // a join on each key's date range would be planned as a loop over keys x rows.
    const sorted = [...starts].sort();
    const params = [orgId, sites, starts, sorted[0], sorted[sorted.length - 1]];
    const affected = `(SELECT * FROM unnest($2::bigint[], $3::date[]) AS k(site_id, start))`;
    const range = `local_date >= $4::date AND local_date < ($5::date + interval '1 ${unit}')::date`;
    await db.query(`DELETE FROM ${table} WHERE org_id = $1 AND ${range} AND (site_id, local_date) IN ${affected}`, params);
    await db.query(
      `INSERT INTO ${table} (org_id, site_id, channel, program_id, local_date, ${names.join(', ')})
       SELECT d.org_id, d.site_id, d.channel, d.program_id, ${start}, ${sums}
       FROM ${daily} d
       WHERE d.org_id = $1 AND d.${range} AND (d.site_id, ${start}) IN ${affected}
       GROUP BY d.org_id, d.site_id, d.channel, d.program_id, ${start}`,
      params,
    );
  }
}

/** The organisation-wide weeks holding the changed dates, summed from the organisation-wide days (refreshed just before). */
async function refreshOrganizationWeeks(db: Queryable, fact: Fact, orgId: string, dates: readonly string[] | 'ALL'): Promise<void> {
  const { table } = grainTable(fact, 'ORG_WEEK');
  const days = grainTable(fact, 'ORG_DAY').table;
  const names = Object.keys(FACT_TABLES[fact].parts);
  const insert = (where: string) => `INSERT INTO ${table} (org_id, channel, program_id, local_date, ${names.join(', ')})
     SELECT d.org_id, d.channel, d.program_id, date_trunc('week', d.local_date)::date, ${names.map((n) => `sum(d.${n})`).join(', ')}
     FROM ${days} d WHERE d.org_id = $1 ${where}
     GROUP BY d.org_id, d.channel, d.program_id, date_trunc('week', d.local_date)::date`;
  if (dates === 'ALL') {
    await db.query(`DELETE FROM ${table} WHERE org_id = $1`, [orgId]);
    await db.query(insert(''), [orgId]);
    return;
  }
  const mondays = [...new Set(dates.map((date) => bucketStart('WEEK', date)))].sort();
  if (!mondays.length) return;
  const params = [orgId, mondays, mondays[0], mondays[mondays.length - 1]];
  await db.query(`DELETE FROM ${table} WHERE org_id = $1 AND local_date = ANY($2::date[])`, params.slice(0, 2));
  // The date range lets the primary key (org_id, local_date, ...) find the days.
  await db.query(insert(`AND d.local_date >= $3::date AND d.local_date < $4::date + 7 AND date_trunc('week', d.local_date)::date = ANY($2::date[])`), params);
}
