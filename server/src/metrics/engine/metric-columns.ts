import {
  Granularity, MetricCellColumnsData, MetricColumnsData, MetricId, MetricSettings, Parts,
  SIGNIFICANCE_LEVEL, TimeBucketData, benjaminiHochberg, bucketLabel, compareMetric, computeMetric, distinctValues,
} from '@cxlens/shared';
import { MetricsPlan } from './metrics-plan';
import { MetricOrder, answerOrder } from './row-order';
import { Slice, SliceMap, findSlice, resultSlices } from './slices';

export interface ColumnOptions {
  adjustPValues: boolean;
  orderBy: MetricOrder | null;
}

/**
 * A metrics answer by column (shared/src/analytics/metric-columns.ts), built straight from the
 * summed parts: each slice of the current period in answer order, each measure's statistics
 * written into its lists, compared with the same slice of the previous period. A cube of
 * 100,000 rows makes no row or cell objects on the way (the row form is derived from this one
 * when a caller asks for it).
 */
export function buildMetricColumns(plan: MetricsPlan, current: SliceMap, previous: SliceMap | null, options: ColumnOptions): MetricColumnsData {
  const unordered = resultSlices(current, plan.groupBy, plan.granularity, plan.current.from, plan.current.to, plan.fillEmptyBuckets);
  const orderBy = options.orderBy && plan.measures.includes(options.orderBy.measure) ? options.orderBy : null;
  const slices = answerOrder(unordered, orderBy && {
    values: unordered.map((slice) => computeMetric(orderBy.measure, slice.parts, plan.settings).value),
    descending: orderBy.descending,
  });
  const previousParts = previous ? slices.map((slice) => findSlice(previous, slice)?.parts ?? {}) : null;
  return {
    rowCount: slices.length,
    dimensions: plan.groupBy.map((dimension, d) => ({ dimension, ...distinctValues(slices, (slice) => slice.dimensions[d].id, (slice) => slice.dimensions[d]) })),
    ...bucketColumns(plan.granularity, slices),
    cells: plan.measures.map((metric) => measureColumns(metric, slices, previousParts, plan.settings, options.adjustPValues)),
  };
}

function bucketColumns(granularity: Granularity, slices: readonly Slice[]): Pick<MetricColumnsData, 'buckets' | 'bucketIndex'> {
  if (granularity === 'NONE') return { buckets: null, bucketIndex: null };
  const { values, index } = distinctValues(slices, (slice) => slice.bucket!, (slice): TimeBucketData => ({ start: slice.bucket!, label: bucketLabel(granularity, slice.bucket!) }));
  return { buckets: values, bucketIndex: index };
}

/** One measure's cells. The statistics all come from the shared registry (computeMetric, compareMetric): no formula lives here. */
function measureColumns(metric: MetricId, slices: readonly Slice[], previousParts: readonly Parts[] | null, settings: MetricSettings, adjust: boolean): MetricCellColumnsData {
  // Without a comparison, many cells of a big grouping are empty and alike.
  const empty = computeMetric(metric, {}, settings);
  const value: (number | null)[] = [];
  const n: number[] = [];
  const lowSample: boolean[] = [];
  const ciLow: (number | null)[] = [];
  const ciHigh: (number | null)[] = [];
  const standardError: (number | null)[] = [];
  for (const slice of slices) {
    const result = isEmpty(slice.parts) ? empty : computeMetric(metric, slice.parts, settings);
    value.push(result.value);
    n.push(result.n);
    lowSample.push(result.lowSample);
    ciLow.push(result.ciLow);
    ciHigh.push(result.ciHigh);
    standardError.push(result.standardError);
  }
  return {
    metric, value, n, lowSample,
    ciLow: unlessAllNull(ciLow), ciHigh: unlessAllNull(ciHigh), standardError: unlessAllNull(standardError),
    ...(previousParts
      ? comparisonColumns(metric, slices, previousParts, settings, adjust)
      : { previousValue: null, previousN: null, delta: null, pValue: null, adjustedPValue: null, significant: null }),
  };
}

type ComparisonColumns = Pick<MetricCellColumnsData, 'previousValue' | 'previousN' | 'delta' | 'pValue' | 'adjustedPValue' | 'significant'>;

/**
 * Each slice against the same slice of the previous period. With adjust, Benjamini–Hochberg
 * across the measure's cells (one family of tests per measure) sets adjustedPValue and judges
 * significance on it; cells without a p-value keep the unadjusted verdict.
 */
function comparisonColumns(metric: MetricId, slices: readonly Slice[], previousParts: readonly Parts[], settings: MetricSettings, adjust: boolean): ComparisonColumns {
  const previousValue: (number | null)[] = [];
  const previousN: number[] = [];
  const delta: (number | null)[] = [];
  const pValue: (number | null)[] = [];
  const significant: (boolean | null)[] = [];
  slices.forEach((slice, i) => {
    const comparison = compareMetric(metric, slice.parts, previousParts[i], settings);
    previousValue.push(comparison.previous);
    previousN.push(computeMetric(metric, previousParts[i], settings).n);
    delta.push(comparison.delta);
    pValue.push(comparison.pValue);
    significant.push(comparison.significant);
  });
  let adjustedPValue: (number | null)[] | null = null;
  if (adjust) {
    const adjusted = benjaminiHochberg(pValue.map((p) => p ?? NaN));
    adjustedPValue = pValue.map((p, i) => (p === null ? null : adjusted[i]));
    adjustedPValue.forEach((p, i) => {
      if (p !== null) significant[i] = p < SIGNIFICANCE_LEVEL;
    });
  }
  return {
    previousValue: unlessAllNull(previousValue), previousN: unlessAllNull(previousN), delta: unlessAllNull(delta),
    pValue: unlessAllNull(pValue), adjustedPValue: adjustedPValue && unlessAllNull(adjustedPValue), significant: unlessAllNull(significant),
  };
}

/** A nullable field is sent as null as a whole when no row has a value. */
function unlessAllNull<T>(values: T[]): T[] | null {
  return values.some((v) => v !== null) ? values : null;
}

function isEmpty(parts: object): boolean {
  for (const _ in parts) return false;
  return true;
}
