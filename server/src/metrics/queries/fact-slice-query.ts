import type { Dimension } from '@cxlens/shared';
import { FACT_TABLES } from '../../rollups/fact-tables';
import { grainTable } from '../../rollups/rollup-grains';
import { dimensionColumn, dimensionNeedsSite, dimensionSql, factAlias } from './dimension-sql';
import { siteFilterUsed, whereConditions } from './filter-sql';
import { partSumsSql, rollupSum } from './part-sums-sql';
import { RollupSegment, rollupCover } from './rollup-cover';
import { FactSliceSpec } from './slice-spec';
import { BuiltQuery, SqlParams } from './sql-params';
import { bucketKeySql, bucketValueSql, bucketValueType, localTimeSql } from './time-bucket-sql';

export const BUCKET_COLUMN = 'bucket';

/** The organisation-wide grain answers when nothing needs a site (and the caller sees every site). */
export function organizationWideSlice(spec: Pick<FactSliceSpec, 'groupBy' | 'filter' | 'allSites'>): boolean {
  return spec.allSites && !spec.groupBy.some((d) => d === 'SITE' || dimensionNeedsSite(d)) && !spec.filter.siteIds && !siteFilterUsed(spec.filter);
}

/** The rollup rows a slice reads: whole months, weeks or organisation-wide days where they fit, days elsewhere. */
export function sliceSegments(spec: FactSliceSpec): RollupSegment[] {
  return rollupCover({
    from: spec.window.from,
    to: spec.window.to,
    granularity: spec.granularity,
    shift: spec.window.shift,
    organizationWide: organizationWideSlice(spec),
  });
}

/** The group-by keys (dimensions, then the time bucket as a timestamp), each named by its result column. */
function groupKeys(spec: FactSliceSpec, x: string, params: SqlParams): string[] {
  const keys = spec.groupBy.map((dimension: Dimension) => `${dimensionSql(dimension, x)} AS ${dimensionColumn(dimension)}`);
  if (spec.granularity !== 'NONE') {
    keys.push(`${bucketKeySql(spec.granularity, localTimeSql(spec.fact, spec.source), spec.window.shift, params)} AS ${BUCKET_COLUMN}`);
  }
  return keys;
}

/** The result columns over the grouped keys of `alias`: the bucket turned into its value once per group, not per row. */
function resultColumns(spec: FactSliceSpec, alias: string): string[] {
  const columns = spec.groupBy.map((dimension) => `${alias}.${dimensionColumn(dimension)}`);
  if (spec.granularity !== 'NONE') columns.push(`${bucketValueSql(spec.granularity, `${alias}.${BUCKET_COLUMN}`)} AS ${BUCKET_COLUMN}`);
  return columns;
}

const keyColumns = (spec: FactSliceSpec, alias: string) =>
  [...spec.groupBy.map(dimensionColumn), ...(spec.granularity !== 'NONE' ? [BUCKET_COLUMN] : [])].map((c) => `${alias}.${c}`);

/** Raw rows need their site for its time zone; rollup rows only for a site attribute (country, city, region). */
function siteJoin(spec: FactSliceSpec, x: string): string {
  const needed = spec.source === 'RAW' || spec.groupBy.some(dimensionNeedsSite) || siteFilterUsed(spec.filter);
  return needed ? `\nJOIN site s ON s.org_id = ${x}.org_id AND s.id = ${x}.site_id` : '';
}

/**
 * The one analytics query: a fact's parts summed per group and site-local time bucket, from
 * the rollups or from raw rows. Identifiers come from fixed maps; values are bind parameters.
 * A rollup period made of several grains (months, weeks, days at the edges) reads each grain
 * in a branch of a UNION ALL and sums the branches.
 */
export function buildFactSliceQuery(spec: FactSliceSpec): BuiltQuery {
  const params = new SqlParams();
  return { sql: sliceSelect(spec, params, false), params: params.values };
}

/** Which period a row of buildPeriodsQuery belongs to: 'current' or 'previous'. */
export const PERIOD_COLUMN = 'period';

export interface PeriodsQuery {
  current: FactSliceSpec;
  /** Also each group's total over all of the current period's buckets: a row with bucket NULL. */
  currentTotals: boolean;
  /** The comparison period: the same groups, on the current buckets or (granularity NONE) in total. */
  previous: FactSliceSpec | null;
}

/**
 * One fact's reads for a period and its comparison in one statement, so a request plans and
 * waits for one query per fact instead of one per period. With `currentTotals`, GROUPING SETS
 * add each group's total to its buckets: the sums a separate total query would give, from the
 * rows the buckets already read.
 */
export function buildPeriodsQuery(query: PeriodsQuery): BuiltQuery {
  const { current, previous } = query;
  if (query.currentTotals && current.granularity === 'NONE') throw new Error('currentTotals needs a time granularity');
  if (previous && previous.groupBy.join() !== current.groupBy.join()) throw new Error('both periods must group alike');
  const params = new SqlParams();
  const bucketed = [current, previous].find((spec) => spec !== null && spec.granularity !== 'NONE');
  const columns = (spec: FactSliceSpec, alias: string) => [
    ...spec.groupBy.map((dimension) => `${alias}.${dimensionColumn(dimension)}`),
    ...(bucketed && bucketed.granularity !== 'NONE'
      ? [spec.granularity === 'NONE' ? `NULL::${bucketValueType(bucketed.granularity)} AS ${BUCKET_COLUMN}` : `${alias}.${BUCKET_COLUMN}`]
      : []),
    ...spec.parts.map((part) => `${alias}.${part}`),
  ];
  const periodSelect = (period: 'current' | 'previous', spec: FactSliceSpec, totals: boolean) => `SELECT '${period}' AS ${PERIOD_COLUMN}, ${columns(spec, 'p').join(', ')}
FROM (
${sliceSelect(spec, params, totals)}
) p`;
  const selects = [periodSelect('current', current, query.currentTotals)];
  if (previous) selects.push(periodSelect('previous', previous, false));
  return { sql: selects.join('\nUNION ALL\n'), params: params.values };
}

/** GROUP BY the keys; with `totals` GROUPING SETS that also group by all keys but the last (the bucket). */
function groupingClause(keys: readonly string[], totals: boolean): string {
  if (!keys.length) return '';
  if (!totals) return `\nGROUP BY ${keys.join(', ')}`;
  return `\nGROUP BY GROUPING SETS ((${keys.join(', ')}), (${keys.slice(0, -1).join(', ')}))`;
}

function sliceSelect(spec: FactSliceSpec, params: SqlParams, totals: boolean): string {
  const x = factAlias(spec.source);
  if (spec.source === 'RAW') return singleQuery(spec, FACT_TABLES[spec.fact].table, null, params, totals);
  const segments = sliceSegments(spec);
  if (segments.length === 1) return singleQuery(spec, grainTable(spec.fact, segments[0].grain).table, segments[0], params, totals);

  const branches = segments.map((segment) => {
    const keys = groupKeys(spec, x, params);
    const where = whereConditions(spec.fact, spec.source, spec.orgId, { ...spec.window, from: segment.from, to: segment.to }, spec.filter, params);
    const columns = [...keys, ...spec.parts.map((part) => `${x}.${part}`)];
    return `SELECT ${columns.join(', ')}
  FROM ${grainTable(spec.fact, segment.grain).table} ${x}${siteJoin(spec, x).replace('\n', '\n  ')}
  WHERE ${where.join(' AND ')}`;
  });
  const sums = spec.parts.map((part) => `${rollupSum(`u.${part}`, part)}::float8 AS ${part}`);
  return `SELECT
  ${[...resultColumns(spec, 'u'), ...sums].join(',\n  ')}
FROM (
  ${branches.join('\n  UNION ALL\n  ')}
) u${groupingClause(keyColumns(spec, 'u'), totals)}`;
}

function singleQuery(spec: FactSliceSpec, table: string, segment: RollupSegment | null, params: SqlParams, totals: boolean): string {
  const x = factAlias(spec.source);
  const keys = groupKeys(spec, x, params);
  // Built before the select list is joined so the placeholders number in reading order.
  const window = segment ? { ...spec.window, from: segment.from, to: segment.to } : spec.window;
  const where = whereConditions(spec.fact, spec.source, spec.orgId, window, spec.filter, params);
  const select = [...keys, ...partSumsSql(spec.fact, spec.source, spec.parts)];
  const positions = keys.map((_, i) => String(i + 1));
  const grouped = `SELECT
  ${select.join(',\n  ')}
FROM ${table} ${x}${siteJoin(spec, x)}
WHERE ${where.join('\n  AND ')}${groupingClause(positions, totals)}`;
  if (spec.granularity === 'NONE') return grouped;
  // Grouped on the bucket's timestamp; its text is made once per group.
  return `SELECT ${[...resultColumns(spec, 'g'), ...spec.parts.map((part) => `g.${part}`)].join(', ')}
FROM (
${grouped}
) g`;
}
