import type { MetricId } from '@cxlens/shared';
import type { Slice } from './slices';

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

type Orderable = Pick<Slice, 'dimensions' | 'bucket'>;

/**
 * Each slice's place in natural order as one number: the ids of each dimension (and the buckets)
 * ranked once with the collator, the ranks combined into one key. A cube of 100,000 rows would
 * otherwise make millions of collator calls, or of lookups from inside the comparator.
 */
function naturalKeys(slices: readonly Orderable[]): Float64Array {
  const width = slices[0]?.dimensions.length ?? 0;
  const idOf = (slice: Orderable, column: number) => (column === 0 ? slice.bucket : slice.dimensions[column - 1].id);
  const rankers = Array.from({ length: width + 1 }, (_, column) => {
    const ids = new Set(slices.map((slice) => idOf(slice, column)));
    return new Map([...ids].sort(compareIds).map((id, rank) => [id, rank]));
  });
  // Every rank is below its column's size, so the key orders slices as their ranks do (column 0
  // first); the product of the sizes is at most rows^(width + 1), far below 2^53 for any answer
  // the engine allows (MAX_SPARSE_RESULT_ROWS, a few dimensions).
  const keys = new Float64Array(slices.length);
  slices.forEach((slice, i) => {
    let key = 0;
    for (let column = 0; column <= width; column++) key = key * rankers[column].size + rankers[column].get(idOf(slice, column))!;
    keys[i] = key;
  });
  return keys;
}

/**
 * The answer's order: time first, then groups (ids in natural order); or by one measure's value
 * (`values`, one per slice), empty values last, ties in natural order.
 */
export function answerOrder<T extends Orderable>(slices: readonly T[], byValue: { values: readonly (number | null)[]; descending: boolean } | null): T[] {
  const keys = naturalKeys(slices);
  const positions = Array.from(slices.keys());
  if (!byValue) {
    positions.sort((a, b) => keys[a] - keys[b]);
  } else {
    const { values } = byValue;
    const sign = byValue.descending ? -1 : 1;
    positions.sort((a, b) => {
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
  return positions.map((i) => slices[i]);
}
