import { bucketLabel } from '@cxlens/shared';
import { MetricCellValue, adjustPValues, metricCell } from './metric-cells';
import { MetricsPlan } from './metrics-plan';
import { MetricOrder, orderRows } from './row-order';
import { DimensionKey, SliceMap, findSlice, resultSlices } from './slices';

export interface TimeBucketValue {
  /** Site-local start: '2026-03-02' (day, ISO week's Monday, month, quarter) or '2026-03-08T03:00' (hour). */
  start: string;
  label: string;
}

export interface MetricRowValue {
  dimensions: DimensionKey[];
  bucket: TimeBucketValue | null;
  cells: MetricCellValue[];
}

export interface RowOptions {
  adjustPValues: boolean;
  orderBy: MetricOrder | null;
}

/** The result rows: each slice of the current period with its cells, compared with the same slice of the previous one. */
export function buildMetricRows(plan: MetricsPlan, current: SliceMap, previous: SliceMap | null, options: RowOptions): MetricRowValue[] {
  const { granularity } = plan;
  const slices = resultSlices(current, plan.groupBy, granularity, plan.current.from, plan.current.to, plan.fillEmptyBuckets);
  // A result of many rows has few distinct buckets, and (without a comparison) many identical empty cells.
  const buckets = new Map<string, TimeBucketValue>();
  const bucketOf = (start: string | null): TimeBucketValue | null => {
    if (start === null || granularity === 'NONE') return null;
    let bucket = buckets.get(start);
    if (!bucket) buckets.set(start, (bucket = { start, label: bucketLabel(granularity, start) }));
    return bucket;
  };
  const emptyCells = previous ? null : plan.measures.map((metric) => Object.freeze(metricCell(metric, {}, null, plan.settings)));
  const rows = slices.map((slice) => ({
    dimensions: slice.dimensions,
    bucket: bucketOf(slice.bucket),
    cells:
      emptyCells && isEmpty(slice.parts)
        ? emptyCells
        : plan.measures.map((metric) =>
            metricCell(metric, slice.parts, previous ? (findSlice(previous, slice)?.parts ?? {}) : null, plan.settings),
          ),
  }));
  if (options.adjustPValues) plan.measures.forEach((_, i) => adjustPValues(rows.map((row) => row.cells[i])));
  return orderRows(rows, plan.measures, options.orderBy);
}

function isEmpty(parts: object): boolean {
  for (const _ in parts) return false;
  return true;
}
