import type { MetricId } from '@cxlens/shared';
import type { SliceTable } from './slices';

export interface MetricOrder {
  measure: MetricId;
  descending: boolean;
}

const collator = new Intl.Collator('en', { numeric: true });

/** Ids in natural order ('9' before '10'), nulls (no region, no team) after every value. */
export function compareIds(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return collator.compare(a, b);
}

/**
 * Each slice's place in natural order as one number: each column's values (the bucket first, then
 * the dimensions) ranked once with the collator, the ranks combined into one key. A cube of
 * 100,000 rows would otherwise make millions of collator calls, or of lookups from inside the
 * comparator.
 */
function naturalKeys(table: SliceTable, positions: Int32Array): { keys: Float64Array; distinct: number } {
  const columns = [table.bucketColumn, ...table.groupBy.map((_, d) => d)];
  const ranks = columns.map((column) => {
    const values = table.dictionaries[column].values;
    const byRank = Array.from(values.keys()).sort((a, b) => compareIds(values[a], values[b]));
    const rankOf = new Float64Array(values.length);
    byRank.forEach((code, rank) => (rankOf[code] = rank));
    return rankOf;
  });
  // Every rank is below its column's size, so the key orders slices as their ranks do (the
  // bucket first); the product of the sizes is at most rows^(width + 1), far below 2^53 for any
  // answer the engine allows (MAX_SPARSE_RESULT_ROWS, a few dimensions).
  const keys = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    let key = 0;
    for (let c = 0; c < columns.length; c++) key = key * ranks[c].length + ranks[c][table.code(positions[i], columns[c])];
    keys[i] = key;
  }
  return { keys, distinct: ranks.reduce((product, rank) => product * Math.max(rank.length, 1), 1) };
}

/**
 * The answer's order of `positions` (slices of `table`): time first, then groups (ids in natural
 * order); or by one measure's value (`values`, one per item of `positions`), empty values last,
 * ties in natural order.
 */
export function answerOrder(
  table: SliceTable,
  positions: Int32Array,
  byValue: { values: readonly (number | null)[]; descending: boolean } | null,
): Int32Array {
  const { keys, distinct } = naturalKeys(table, positions);
  const n = positions.length;
  if (!byValue && distinct * n < Number.MAX_SAFE_INTEGER) {
    // Keys and items packed in one number each: a native numeric sort, no comparator calls.
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = keys[i] * n + i;
    packed.sort();
    return Int32Array.from(packed, (value) => positions[value % n]);
  }
  const items = Array.from({ length: n }, (_, i) => i);
  if (!byValue) {
    items.sort((a, b) => keys[a] - keys[b]);
  } else {
    const { values } = byValue;
    const sign = byValue.descending ? -1 : 1;
    items.sort((a, b) => {
      const va = values[a];
      const vb = values[b];
      if (va !== vb) {
        if (va === null) return 1;
        if (vb === null) return -1;
        return sign * (va - vb);
      }
      return keys[a] - keys[b];
    });
  }
  return Int32Array.from(items, (i) => positions[i]);
}
