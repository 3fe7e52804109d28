import type { MetricId } from '../metrics/ids';
import type { Dimension } from './enums';

/**
 * A grouped metrics answer sent by column instead of by row. A site × channel × week cube over
 * two years has tens of thousands of rows; as objects it costs a GraphQL field per cell value and
 * tens of megabytes of JSON, as columns one list per measure and field, with each dimension's
 * values sent once and referenced by index. The dashboard asks for columns and rebuilds the rows.
 */

export interface DimensionValueData {
  dimension: Dimension;
  id: string | null;
  label?: string;
}

export interface TimeBucketData {
  start: string;
  label: string;
}

export interface MetricCellData {
  metric: MetricId;
  value: number | null;
  n: number;
  ciLow?: number | null;
  ciHigh?: number | null;
  standardError?: number | null;
  lowSample?: boolean;
  previousValue?: number | null;
  previousN?: number | null;
  delta?: number | null;
  pValue?: number | null;
  adjustedPValue?: number | null;
  significant?: boolean | null;
}

export interface MetricRowData {
  dimensions: DimensionValueData[];
  bucket: TimeBucketData | null;
  cells: MetricCellData[];
}

/** The nullable fields of a cell, each a column that is null as a whole when no row has a value. */
export const NULLABLE_CELL_FIELDS = [
  'ciLow', 'ciHigh', 'standardError', 'previousValue', 'previousN', 'delta', 'pValue', 'adjustedPValue', 'significant',
] as const;
type NullableCellField = (typeof NULLABLE_CELL_FIELDS)[number];

export type MetricCellColumnsData = {
  metric: MetricId;
  value: (number | null)[];
  n: number[];
  lowSample: boolean[];
} & { [F in NullableCellField]: (MetricCellData[F] | null)[] | null };

export interface DimensionColumnData {
  dimension: Dimension;
  /** Each distinct value once, in order of first appearance. */
  values: DimensionValueData[];
  /** Per row, the position of its value in `values`. */
  index: number[];
}

export interface MetricColumnsData {
  rowCount: number;
  dimensions: DimensionColumnData[];
  /** Distinct buckets in order of first appearance; null without time buckets. */
  buckets: TimeBucketData[] | null;
  bucketIndex: number[] | null;
  /** One per measure, in measures order. */
  cells: MetricCellColumnsData[];
}

/**
 * A column sent once per distinct value: the values in order of first appearance (`valueOf` is
 * called for the first item of each key only) and, per item, the position of its value.
 * Dimension values are told apart by id, buckets by start.
 */
export function distinctValues<T, K, V>(items: Iterable<T>, keyOf: (item: T) => K, valueOf: (item: T) => V): { values: V[]; index: number[] } {
  const positions = new Map<K, number>();
  const values: V[] = [];
  const index: number[] = [];
  for (const item of items) {
    const key = keyOf(item);
    let at = positions.get(key);
    if (at === undefined) {
      positions.set(key, (at = values.length));
      values.push(valueOf(item));
    }
    index.push(at);
  }
  return { values, index };
}

/**
 * Rows to columns, for whoever holds rows (the dashboard's test fixtures); the server's engine writes
 * the columns directly (server/src/metrics/engine/metric-columns.ts).
 */
export function metricRowsToColumns(
  rows: readonly MetricRowData[],
  shape: { measures: readonly MetricId[]; groupBy: readonly Dimension[]; timed: boolean },
): MetricColumnsData {
  const dimensions = shape.groupBy.map((dimension, d): DimensionColumnData => ({
    dimension,
    ...distinctValues(rows, (row) => row.dimensions[d].id, (row) => row.dimensions[d]),
  }));
  const bucketColumns = shape.timed ? distinctValues(rows, (row) => row.bucket!.start, (row) => row.bucket!) : null;
  const buckets = bucketColumns?.values ?? null;
  const bucketIndex = bucketColumns?.index ?? null;

  const cells = shape.measures.map((metric, m) => {
    const column = { metric, value: new Array(rows.length), n: new Array(rows.length), lowSample: new Array(rows.length) } as MetricCellColumnsData;
    for (const field of NULLABLE_CELL_FIELDS) (column as Record<string, unknown>)[field] = null;
    rows.forEach((row, i) => {
      const cell = row.cells[m];
      column.value[i] = cell.value;
      column.n[i] = cell.n;
      column.lowSample[i] = cell.lowSample ?? false;
      for (const field of NULLABLE_CELL_FIELDS) {
        const v = cell[field];
        if (v === null || v === undefined) continue;
        const values = ((column as Record<string, unknown>)[field] ??= new Array(rows.length).fill(null)) as unknown[];
        values[i] = v;
      }
    });
    return column;
  });
  return { rowCount: rows.length, dimensions, buckets, bucketIndex, cells };
}

/**
 * A number of a column, or null. In the server's own columns a missing number is NaN, not null:
 * a list of numbers and NaN stays a list of unboxed doubles in V8 (with null, every number is an
 * object of its own that the collector must copy), and JSON writes NaN as null, so the JSON of an
 * answer is the same.
 */
export function numberOrNull<T>(value: T): T | null {
  return typeof value === 'number' && Number.isNaN(value) ? null : value;
}

/** Columns back to rows (the dashboard): the rows the row form of the answer would have had. */
export function metricColumnsToRows(columns: Partial<MetricColumnsData> & Pick<MetricColumnsData, 'rowCount' | 'dimensions' | 'cells'>): MetricRowData[] {
  const rows: MetricRowData[] = new Array(columns.rowCount);
  for (let i = 0; i < columns.rowCount; i++) {
    rows[i] = {
      dimensions: columns.dimensions.map((d) => d.values[d.index[i]]),
      bucket: columns.buckets && columns.bucketIndex ? columns.buckets[columns.bucketIndex[i]] : null,
      cells: columns.cells.map((c) => {
        // A client asks for the columns it shows: one it left out reads as null.
        const cell: MetricCellData = { metric: c.metric, value: numberOrNull(c.value?.[i] ?? null), n: c.n?.[i] ?? 0, lowSample: c.lowSample?.[i] ?? false };
        for (const field of NULLABLE_CELL_FIELDS) {
          const values = c[field];
          (cell as unknown as Record<string, unknown>)[field] = values ? numberOrNull(values[i]) : null;
        }
        return cell;
      }),
    };
  }
  return rows;
}
