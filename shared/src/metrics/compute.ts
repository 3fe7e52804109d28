import { meanInterval, npsInterval, wilsonInterval } from '../stats/intervals';
import { Components, componentsOf, valueOf } from './components';
import { assertNever } from './never';
import { MetricId } from './ids';
import { Parts } from './parts';
import { definitionFor } from './registry';
import { MetricSettings, resolveMetricSettings } from './settings';

export interface MetricResult {
  /** In display units: percent 0..100, NPS -100..100, seconds, score, or count. Null when the denominator is 0. */
  value: number | null;
  /** The sample size behind the value (the denominator for proportions). */
  n: number;
  /** 95% interval in display units, within the metric's scale; null without a CI method or when undefined. */
  ciLow: number | null;
  ciHigh: number | null;
  /** Standard error in display units (Wald for proportions), for pooling and mix adjustment. */
  standardError: number | null;
  /** n below settings.minSample; never set for counts, which are exact rather than estimates. */
  lowSample: boolean;
}

export const METRIC_CONFIDENCE = 0.95;

interface Uncertainty {
  low: number;
  high: number;
  standardError: number;
}

function uncertaintyOf(c: Components): Uncertainty | null {
  switch (c.kind) {
    case 'proportion': {
      const ci = wilsonInterval(c.successes, c.n, METRIC_CONFIDENCE);
      if (!ci) return null;
      return { low: 100 * ci.low, high: 100 * ci.high, standardError: 100 * Math.sqrt((ci.estimate * (1 - ci.estimate)) / c.n) };
    }
    case 'mean': {
      const ci = meanInterval(c.sum, c.sumOfSquares, c.n, METRIC_CONFIDENCE);
      return ci && { low: ci.low, high: ci.high, standardError: ci.standardError };
    }
    case 'nps': {
      const ci = npsInterval(c.promoters, c.detractors, c.n, METRIC_CONFIDENCE);
      return ci && { low: ci.low, high: ci.high, standardError: ci.standardError };
    }
    case 'ratio':
    case 'count':
      return null;
    default:
      return assertNever(c);
  }
}

/** A metric's n and low-sample flag alone, the very ones computeMetric gives, without computing its value's interval. */
export function metricSample(id: MetricId, parts: Parts, settings: Partial<MetricSettings> = {}): Pick<MetricResult, 'n' | 'lowSample'> {
  const resolved = resolveMetricSettings(settings);
  const c = componentsOf(definitionFor(id, resolved), parts);
  return { n: c.n, lowSample: isLowSample(c, resolved) };
}

/** Counts are exact rather than estimates: never a low sample. */
const isLowSample = (c: Components, settings: MetricSettings) => c.kind !== 'count' && c.n < settings.minSample;

/** The one place a metric's value, n, interval and sample flag are computed from summed parts. */
export function computeMetric(id: MetricId, parts: Parts, settings: Partial<MetricSettings> = {}): MetricResult {
  const resolved = resolveMetricSettings(settings);
  const definition = definitionFor(id, resolved);
  const c = componentsOf(definition, parts);
  const value = valueOf(c);
  const uncertainty = value === null ? null : uncertaintyOf(c);
  // The true value lies on the scale, so cutting a t interval for a 1–5 mean at 5 keeps its coverage.
  const { min, max } = definition.scale;
  return {
    value,
    n: c.n,
    ciLow: uncertainty ? Math.max(min, uncertainty.low) : null,
    ciHigh: uncertainty ? Math.min(max ?? Infinity, uncertainty.high) : null,
    standardError: uncertainty?.standardError ?? null,
    lowSample: isLowSample(c, resolved),
  };
}
