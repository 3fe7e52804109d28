import { MetricDefinition } from './definition';
import { evaluateLinear } from './formula';
import { assertNever } from './never';
import { Parts, partValue } from './parts';

/** The sums a metric's value, interval and test are computed from, read off summed parts. */
export type Components =
  | { kind: 'proportion'; successes: number; n: number }
  | { kind: 'mean'; sum: number; sumOfSquares: number; n: number }
  | { kind: 'nps'; promoters: number; detractors: number; n: number }
  | { kind: 'ratio'; numerator: number; denominator: number; multiplier: number; n: number }
  | { kind: 'count'; n: number };

export function componentsOf(definition: MetricDefinition, parts: Parts): Components {
  const f = definition.formula;
  switch (f.kind) {
    case 'proportion':
      return { kind: f.kind, successes: evaluateLinear(f.numerator, parts), n: evaluateLinear(f.denominator, parts) };
    case 'mean':
      return { kind: f.kind, sum: partValue(parts, f.sum), sumOfSquares: partValue(parts, f.sumOfSquares), n: partValue(parts, f.n) };
    case 'nps':
      return { kind: f.kind, promoters: partValue(parts, f.promoters), detractors: partValue(parts, f.detractors), n: partValue(parts, f.n) };
    case 'ratio':
      return {
        kind: f.kind,
        numerator: evaluateLinear(f.numerator, parts),
        denominator: evaluateLinear(f.denominator, parts),
        multiplier: f.multiplier,
        n: evaluateLinear(f.sampleSize, parts),
      };
    case 'count':
      return { kind: f.kind, n: partValue(parts, f.count) };
    default:
      return assertNever(f);
  }
}

/** The value in display units; null when the denominator is not positive. */
export function valueOf(c: Components): number | null {
  switch (c.kind) {
    case 'proportion':
      return c.n > 0 ? (100 * c.successes) / c.n : null;
    case 'mean':
      return c.n > 0 ? c.sum / c.n : null;
    case 'nps':
      return c.n > 0 ? (100 * (c.promoters - c.detractors)) / c.n : null;
    case 'ratio':
      return c.denominator > 0 ? (c.multiplier * c.numerator) / c.denominator : null;
    case 'count':
      return c.n;
    default:
      return assertNever(c);
  }
}
