import { FACT_TABLES } from '../../rollups/fact-tables';
import { dimensionColumn, dimensionSql, factAlias } from './dimension-sql';
import { whereConditions } from './filter-sql';
import { partSumsSql } from './part-sums-sql';
import { FactSliceSpec } from './slice-spec';
import { BuiltQuery, SqlParams } from './sql-params';
import { bucketSql, localTimeSql } from './time-bucket-sql';

export const BUCKET_COLUMN = 'bucket';

/**
 * The one analytics query: a fact's parts summed per group and site-local time bucket, from the
 * daily rollup or from raw rows. Identifiers come from fixed maps; values are bind parameters.
 */
export function buildFactSliceQuery(spec: FactSliceSpec): BuiltQuery {
  const params = new SqlParams();
  const x = factAlias(spec.source);
  const { table, rollup } = FACT_TABLES[spec.fact];
  const groups = spec.groupBy.map((dimension) => `${dimensionSql(dimension, x)} AS ${dimensionColumn(dimension)}`);
  if (spec.granularity !== 'NONE') {
    const localTime = localTimeSql(spec.fact, spec.source);
    groups.push(`${bucketSql(spec.granularity, localTime, spec.window.shift, params)} AS ${BUCKET_COLUMN}`);
  }
  // Built before the select list is joined so the placeholders number in reading order.
  const where = whereConditions(spec.fact, spec.source, spec.orgId, spec.window, spec.filter, params);
  const select = [...groups, ...partSumsSql(spec.fact, spec.source, spec.parts)];
  const groupBy = groups.length ? `\nGROUP BY ${groups.map((_, i) => i + 1).join(', ')}` : '';
  const sql = `SELECT
  ${select.join(',\n  ')}
FROM ${spec.source === 'ROLLUP' ? rollup : table} ${x}
JOIN site s ON s.org_id = ${x}.org_id AND s.id = ${x}.site_id
WHERE ${where.join('\n  AND ')}${groupBy}`;
  return { sql, params: params.values };
}
