import {
  Granularity, MetricCellColumnsData, MetricColumnsData, MetricId, MetricResult, MetricSettings, Parts,
  SIGNIFICANCE_LEVEL, TimeBucketData, benjaminiHochberg, bucketLabel, compareMetric, computeMetric, metricSample, numberOrNull,
} from '@cxlens/shared';
import { MetricsPlan } from './metrics-plan';
import { MetricOrder, answerOrder } from './row-order';
import { SliceTable, resultSlices } from './slices';

export interface ColumnOptions {
  adjustPValues: boolean;
  orderBy: MetricOrder | null;
}

/**
 * A metrics answer by column (shared/src/analytics/metric-columns.ts), built straight from the
 * slice tables: each slice of the current period in answer order, each measure's statistics
 * written into its lists, compared with the same slice of the previous period. A cube of
 * 100,000 rows makes no row or cell objects on the way (the row form is derived from this one
 * when a caller asks for it): each slice's parts are read into one reused object per period.
 */
export function buildMetricColumns(plan: MetricsPlan, slices: SliceTable, previous: SliceTable | null, options: ColumnOptions): MetricColumnsData {
  const { table: current, positions: unordered } = resultSlices(slices, plan.granularity, plan.current.from, plan.current.to, plan.fillEmptyBuckets);
  const orderBy = options.orderBy && plan.measures.includes(options.orderBy.measure) ? options.orderBy : null;
  const parts: Parts = {};
  const order = answerOrder(current, unordered, orderBy && {
    values: Array.from(unordered, (position) => computeMetric(orderBy.measure, current.readParts(position, parts), plan.settings).value),
    descending: orderBy.descending,
  });
  return {
    rowCount: order.length,
    dimensions: plan.groupBy.map((dimension, d) => {
      const { values, index } = codesInOrder(current, d, order);
      return { dimension, values: values.map((id) => ({ dimension, id })), index };
    }),
    ...bucketColumns(plan.granularity, current, order),
    cells: measureColumns(plan, current, order, previous && { table: previous, positions: previousPositions(current, order, previous) }, options.adjustPValues),
  };
}

/** One column's values in order of first appearance along `order`, and each row's position among them. */
function codesInOrder(table: SliceTable, column: number, order: Int32Array): { values: (string | null)[]; index: number[] } {
  const dictionary = table.dictionaries[column].values;
  const seenAt = new Int32Array(dictionary.length).fill(-1);
  const values: (string | null)[] = [];
  const index: number[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const code = table.code(order[i], column);
    if (seenAt[code] < 0) {
      seenAt[code] = values.length;
      values.push(dictionary[code]);
    }
    index[i] = seenAt[code];
  }
  return { values, index };
}

function bucketColumns(granularity: Granularity, table: SliceTable, order: Int32Array): Pick<MetricColumnsData, 'buckets' | 'bucketIndex'> {
  if (granularity === 'NONE') return { buckets: null, bucketIndex: null };
  const { values, index } = codesInOrder(table, table.bucketColumn, order);
  return { buckets: values.map((start): TimeBucketData => ({ start: start!, label: bucketLabel(granularity, start!) })), bucketIndex: index };
}

/** Per row of the answer, the position of the same group and bucket in the previous period's table, or -1. */
function previousPositions(current: SliceTable, order: Int32Array, previous: SliceTable): Int32Array {
  const ids: (string | null)[] = new Array(current.groupBy.length);
  return order.map((position) => {
    for (let d = 0; d < ids.length; d++) ids[d] = current.idOf(position, d);
    return previous.find(ids, current.bucketOf(position));
  });
}

interface ComparisonLists {
  previousValue: number[];
  previousN: number[];
  delta: number[];
  pValue: number[];
  significant: (boolean | null)[];
}

/** What a cell of one measure accumulates, row by row. */
class MeasureColumn {
  readonly value: number[];
  readonly n: number[];
  readonly lowSample: boolean[];
  readonly ciLow: number[];
  readonly ciHigh: number[];
  readonly standardError: number[];
  readonly comparison: ComparisonLists | null;
  /** The cell of a slice without rows (many in a filled grid), computed once. */
  readonly empty: MetricResult;

  // Filled in row order with push (packed arrays, which JSON.stringify writes faster than
  // preallocated, holey ones), a missing number as NaN (numberOrNull in shared: lists of
  // unboxed doubles, written as null in JSON).
  constructor(readonly metric: MetricId, comparing: boolean, settings: MetricSettings) {
    this.value = [];
    this.n = [];
    this.lowSample = [];
    this.ciLow = [];
    this.ciHigh = [];
    this.standardError = [];
    this.comparison = comparing ? { previousValue: [], previousN: [], delta: [], pValue: [], significant: [] } : null;
    this.empty = computeMetric(metric, {}, settings);
  }

  add(result: MetricResult): void {
    this.value.push(result.value ?? NaN);
    this.n.push(result.n);
    this.lowSample.push(result.lowSample);
    this.ciLow.push(result.ciLow ?? NaN);
    this.ciHigh.push(result.ciHigh ?? NaN);
    this.standardError.push(result.standardError ?? NaN);
  }

  /** The last row added against the same group and bucket of the previous period. */
  compare(parts: Parts, previousParts: Parts, settings: MetricSettings): void {
    const comparison = compareMetric(this.metric, parts, previousParts, settings);
    const lists = this.comparison!;
    lists.previousValue.push(comparison.previous ?? NaN);
    lists.previousN.push(metricSample(this.metric, previousParts, settings).n);
    lists.delta.push(comparison.delta ?? NaN);
    lists.pValue.push(comparison.pValue ?? NaN);
    lists.significant.push(comparison.significant);
  }

  /** The measure's lists; with adjust, Benjamini–Hochberg across its cells (one family of tests per measure). */
  columns(adjust: boolean): MetricCellColumnsData {
    return {
      metric: this.metric, value: this.value, n: this.n, lowSample: this.lowSample,
      ciLow: unlessAllNull(this.ciLow), ciHigh: unlessAllNull(this.ciHigh), standardError: unlessAllNull(this.standardError),
      ...(this.comparison
        ? comparisonColumns(this.comparison, adjust)
        : { previousValue: null, previousN: null, delta: null, pValue: null, adjustedPValue: null, significant: null }),
    };
  }
}

/** The previous period's table, and per row of the answer the position there of its group and bucket (-1: none). */
interface PreviousSlices {
  table: SliceTable;
  positions: Int32Array;
}

/** A slice without rows: every part 0. */
const NO_PARTS: Parts = Object.freeze({});

/**
 * Every measure's cells, row by row, each slice's parts read once for all measures. The
 * statistics all come from the shared registry (computeMetric, compareMetric, metricSample):
 * no formula lives here.
 */
function measureColumns(plan: MetricsPlan, current: SliceTable, order: Int32Array, previous: PreviousSlices | null, adjust: boolean): MetricCellColumnsData[] {
  const { settings } = plan;
  const measures = plan.measures.map((metric) => new MeasureColumn(metric, previous !== null, settings));
  const currentParts: Parts = {};
  const previousParts: Parts = {};
  for (let i = 0; i < order.length; i++) {
    const hasRows = current.hasRows(order[i]);
    const parts = hasRows ? current.readParts(order[i], currentParts) : NO_PARTS;
    for (const measure of measures) measure.add(hasRows ? computeMetric(measure.metric, parts, settings) : measure.empty);
    if (!previous) continue;
    const before = previous.positions[i] < 0 ? NO_PARTS : previous.table.readParts(previous.positions[i], previousParts);
    for (const measure of measures) measure.compare(parts, before, settings);
  }
  return measures.map((measure) => measure.columns(adjust));
}

type ComparisonColumns = Pick<MetricCellColumnsData, 'previousValue' | 'previousN' | 'delta' | 'pValue' | 'adjustedPValue' | 'significant'>;

/**
 * With adjust, Benjamini–Hochberg across the measure's cells (one family of tests per measure)
 * sets adjustedPValue and judges significance on it; cells without a p-value keep the
 * unadjusted verdict.
 */
function comparisonColumns(lists: ComparisonLists, adjust: boolean): ComparisonColumns {
  const { previousValue, previousN, delta, pValue, significant } = lists;
  let adjustedPValue: number[] | null = null;
  if (adjust) {
    adjustedPValue = benjaminiHochberg(pValue); // NaN where pValue is NaN (no test)
    adjustedPValue.forEach((p, i) => {
      if (!Number.isNaN(p)) significant[i] = p < SIGNIFICANCE_LEVEL;
    });
  }
  return {
    previousValue: unlessAllNull(previousValue), previousN: unlessAllNull(previousN), delta: unlessAllNull(delta),
    pValue: unlessAllNull(pValue), adjustedPValue: adjustedPValue && unlessAllNull(adjustedPValue), significant: unlessAllNull(significant),
  };
}

/** A nullable field is sent as null as a whole when no row has a value (null, or NaN for a number). */
function unlessAllNull<T>(values: T[]): T[] | null {
  return values.some((v) => numberOrNull(v) !== null) ? values : null;
}
