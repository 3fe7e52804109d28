import { metricColumnsToRows } from '@cxlens/shared';
import { MetricCellValue } from './metric-cells';
import { ColumnOptions, buildMetricColumns } from './metric-columns';
import { MetricsPlan } from './metrics-plan';
import { DimensionKey, SliceTable } from './slices';

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

/** The answer by row: each slice of the current period with its cells, compared with the same slice of the previous one. */
export function buildMetricRows(plan: MetricsPlan, current: SliceTable, previous: SliceTable | null, options: ColumnOptions): MetricRowValue[] {
  return metricRowsOf(buildMetricColumns(plan, current, previous, options));
}

/** Rows rebuilt from the columns set every field of every cell (a column left null reads as null). */
export function metricRowsOf(columns: Parameters<typeof metricColumnsToRows>[0]): MetricRowValue[] {
  return metricColumnsToRows(columns) as MetricRowValue[];
}
