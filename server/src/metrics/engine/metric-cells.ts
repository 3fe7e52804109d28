import { MetricId, MetricSettings, Parts, SIGNIFICANCE_LEVEL, benjaminiHochberg, compareMetric, computeMetric } from '@cxlens/shared';

/** One measure in one row: the value with its interval and, when comparing, the change and its test. */
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

/** The statistics all come from the shared registry (computeMetric, compareMetric): no formula lives here. */
export function metricCell(metric: MetricId, parts: Parts, previous: Parts | null, settings: MetricSettings): MetricCellValue {
  const result = computeMetric(metric, parts, settings);
  const cell: MetricCellValue = {
    metric,
    value: result.value,
    n: result.n,
    ciLow: result.ciLow,
    ciHigh: result.ciHigh,
    standardError: result.standardError,
    lowSample: result.lowSample,
    previousValue: null,
    previousN: null,
    delta: null,
    pValue: null,
    adjustedPValue: null,
    significant: null,
  };
  if (!previous) return cell;
  const comparison = compareMetric(metric, parts, previous, settings);
  return {
    ...cell,
    previousValue: comparison.previous,
    previousN: computeMetric(metric, previous, settings).n,
    delta: comparison.delta,
    pValue: comparison.pValue,
    significant: comparison.significant,
  };
}

/**
 * Benjamini–Hochberg across the cells of one measure (one family of tests per measure): sets
 * adjustedPValue and judges significance on it. Cells without a p-value stay untouched.
 */
export function adjustPValues(cells: MetricCellValue[]): void {
  const adjusted = benjaminiHochberg(cells.map((c) => c.pValue ?? NaN));
  cells.forEach((cell, i) => {
    if (cell.pValue === null) return;
    cell.adjustedPValue = adjusted[i];
    cell.significant = adjusted[i] < SIGNIFICANCE_LEVEL;
  });
}
