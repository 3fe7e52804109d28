import { TestResult, npsDifferenceTest, twoProportionZTest, welchTTest } from '../stats/hypothesis-tests';
import { Components, componentsOf, valueOf } from './components';
import { MetricId } from './ids';
import { Parts } from './parts';
import { definitionFor } from './registry';
import { MetricSettings, resolveMetricSettings } from './settings';

export interface MetricComparison {
  current: number | null;
  previous: number | null;
  /** current - previous in display units (percentage points for percents); null if either is null. */
  delta: number | null;
  /** Two-sided p-value of the metric's test; null for metrics without one or when undefined. */
  pValue: number | null;
  /** pValue < SIGNIFICANCE_LEVEL. Not corrected for multiplicity: use benjaminiHochberg across many comparisons. */
  significant: boolean;
  /** Either side has n below settings.minSample. */
  lowSample: boolean;
}

export const SIGNIFICANCE_LEVEL = 0.05;

function test(a: Components, b: Components): TestResult | null {
  if (a.kind === 'proportion' && b.kind === 'proportion') return twoProportionZTest(a.successes, a.n, b.successes, b.n);
  if (a.kind === 'nps' && b.kind === 'nps') return npsDifferenceTest(a, b);
  if (a.kind === 'mean' && b.kind === 'mean') return welchTTest(a, b);
  // Ratios of summed durations and counts carry no variance in the rollups.
  return null;
}

/** Compares a metric between two slices (e.g. this period vs the previous one) with the metric's test. */
export function compareMetric(id: MetricId, current: Parts, previous: Parts, settings: Partial<MetricSettings> = {}): MetricComparison {
  const resolved = resolveMetricSettings(settings);
  const definition = definitionFor(id, resolved);
  const a = componentsOf(definition, current);
  const b = componentsOf(definition, previous);
  const currentValue = valueOf(a);
  const previousValue = valueOf(b);
  const result = currentValue === null || previousValue === null ? null : test(a, b);
  const pValue = result?.pValue ?? null;
  return {
    current: currentValue,
    previous: previousValue,
    delta: currentValue === null || previousValue === null ? null : currentValue - previousValue,
    pValue,
    significant: pValue !== null && pValue < SIGNIFICANCE_LEVEL,
    lowSample: definition.kind !== 'count' && (a.n < resolved.minSample || b.n < resolved.minSample),
  };
}
