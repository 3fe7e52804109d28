import type { MetricId } from '@cxlens/shared';

/** One measure in one row: the value with its interval and, when comparing, the change and its test (built by column, see metric-columns.ts). */
export interface MetricCellValue {
  metric: MetricId;
  value: number | null;
  n: number;
  ciLow: number | null;
  ciHigh: number | null;
  standardError: number | null;
  lowSample: boolean;
  previousValue: number | null;
  previousN: number | null;
  delta: number | null;
  pValue: number | null;
  adjustedPValue: number | null;
  /** Null when not comparing. */
  significant: boolean | null;
}
