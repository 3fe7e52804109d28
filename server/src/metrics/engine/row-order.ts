import type { MetricId } from '@cxlens/shared';
import type { MetricCellValue } from './metric-cells';
import type { DimensionKey } from './slices';

export interface MetricOrder {
  measure: MetricId;
  descending: boolean;
}

interface OrderableRow {
  dimensions: DimensionKey[];
  bucket: { start: string } | null;
  cells: MetricCellValue[];
}

const collator = new Intl.Collator('en', { numeric: true });

/** Nulls (no region, no team) after every value. */
function compareIds(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return collator.compare(a, b);
}

function naturalOrder(a: OrderableRow, b: OrderableRow): number {
  const byBucket = compareIds(a.bucket?.start ?? null, b.bucket?.start ?? null);
  if (byBucket) return byBucket;
  for (let i = 0; i < a.dimensions.length; i++) {
    const byId = compareIds(a.dimensions[i].id, b.dimensions[i].id);
    if (byId) return byId;
  }
  return 0;
}

/** Time first, then groups (ids in natural order); or by one measure's value, empty values last. */
export function orderRows<T extends OrderableRow>(rows: T[], measures: readonly MetricId[], orderBy: MetricOrder | null): T[] {
  const index = orderBy ? measures.indexOf(orderBy.measure) : -1;
  if (!orderBy || index < 0) return [...rows].sort(naturalOrder);
  const sign = orderBy.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const va = a.cells[index].value;
    const vb = b.cells[index].value;
    if (va !== vb) {
      if (va === null) return 1;
      if (vb === null) return -1;
      return sign * (va - vb);
    }
    return naturalOrder(a, b);
  });
}
