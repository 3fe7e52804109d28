import { Dimension, Granularity, Part, Parts, calendarBuckets, isCalendarGranularity } from '@cxlens/shared';
import { userInputError } from '../../common/user-input-error';
import { BUCKET_COLUMN } from '../queries/fact-slice-query';
import { dimensionColumn } from '../queries/dimension-sql';

export interface DimensionKey {
  dimension: Dimension;
  /** The group's value (site id, country code, channel, …); null for rows without one (no region, no team). */
  id: string | null;
}

/** One result row before statistics: its group, its time bucket and the summed parts of every fact. */
export interface Slice {
  dimensions: DimensionKey[];
  /** Bucket start ('2026-03-02', '2026-03-08T03:00'); null with granularity NONE. */
  bucket: string | null;
  parts: Parts;
}

export type SliceMap = Map<string, Slice>;

/** Filled grids larger than this are a mistake (or a job for an export), not a screen. */
export const MAX_RESULT_ROWS = 20_000;
/**
 * Rows that all hold data: a whole site x channel x week cube of a large organisation over two
 * years fits (200 sites, 6 channels, 105 weeks is 126,000 at most; real ones are sparser).
 * Still a guard: beyond it the answer would take seconds and hundreds of megabytes.
 */
export const MAX_SPARSE_RESULT_ROWS = 150_000;

/** A slice's key in its map: the bucket and the ids, each length-prefixed so that no id's text can run into the next. */
function keyOf(ids: readonly (string | null)[], bucket: string | null): string {
  let key = bucket === null ? '-' : `${bucket.length}:${bucket}`;
  for (const id of ids) key += id === null ? '-' : `${id.length}:${id}`;
  return key;
}

/** Joins one fact's query rows into the slices by group and bucket: measures of several facts share a row. */
export function addFactRows(slices: SliceMap, groupBy: readonly Dimension[], parts: readonly Part[], rows: readonly Record<string, unknown>[]): void {
  const columns = groupBy.map(dimensionColumn);
  const ids: (string | null)[] = new Array(columns.length);
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) {
      const id = row[columns[i]];
      ids[i] = id === null || id === undefined ? null : String(id);
    }
    const bucket = (row[BUCKET_COLUMN] ?? null) as string | null;
    const key = keyOf(ids, bucket);
    let slice = slices.get(key);
    if (!slice) {
      slice = { dimensions: groupBy.map((dimension, i) => ({ dimension, id: ids[i] })), bucket, parts: {} };
      slices.set(key, slice);
    }
    const sums = slice.parts;
    for (const part of parts) sums[part] = Number(row[part]);
  }
}

export function findSlice(slices: SliceMap, slice: Pick<Slice, 'dimensions' | 'bucket'>): Slice | undefined {
  return slices.get(keyOf(slice.dimensions.map((d) => d.id), slice.bucket));
}

/**
 * The rows of a result. Without groupBy, a series: one row per calendar bucket of the period
 * (or the one total), data or not, so a chart needs no gap filling. With groupBy, the groups and
 * buckets that hold data; `fill` adds every calendar bucket of the period for every group seen
 * (value null, n 0). Local hours stay sparse: which wall-clock hours exist on a DST day depends
 * on the site.
 */
export function resultSlices(slices: SliceMap, groupBy: readonly Dimension[], granularity: Granularity, from: string, to: string, fill: boolean): Slice[] {
  if (granularity === 'HOUR' || (groupBy.length && !fill)) return checkSize([...slices.values()], MAX_SPARSE_RESULT_ROWS);
  const groups = new Map<string, DimensionKey[]>();
  if (!groupBy.length) groups.set('[]', []);
  for (const slice of slices.values()) groups.set(JSON.stringify(slice.dimensions.map((d) => d.id)), slice.dimensions);
  const buckets = isCalendarGranularity(granularity) ? calendarBuckets(granularity, from, to) : [null];
  checkSize({ length: groups.size * buckets.length }, MAX_RESULT_ROWS);
  const dense: Slice[] = [];
  for (const dimensions of groups.values()) {
    for (const bucket of buckets) dense.push(findSlice(slices, { dimensions, bucket }) ?? { dimensions, bucket, parts: {} });
  }
  return dense;
}

function checkSize<T extends { length: number }>(rows: T, max: number): T {
  if (rows.length > max) {
    throw userInputError(`the result would have ${rows.length} rows; at most ${max}: shorten the period, use a coarser granularity or fewer groupBy dimensions`);
  }
  return rows;
}
