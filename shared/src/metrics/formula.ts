import { assertNever } from './never';
import { Part, Parts, partValue } from './parts';

/** Σ add - Σ subtract over summed parts; data, so the server can render the same sum in SQL. */
export interface LinearForm {
  readonly add: readonly Part[];
  readonly subtract: readonly Part[];
}

/**
 * How a metric is computed from summed parts. Every kind is a function of sums only, so a
 * rollup answer equals the raw-row answer. Proportions display as percent (x 100).
 */
export type Formula =
  | { readonly kind: 'proportion'; readonly numerator: LinearForm; readonly denominator: LinearForm }
  | { readonly kind: 'mean'; readonly sum: Part; readonly sumOfSquares: Part; readonly n: Part }
  | { readonly kind: 'nps'; readonly promoters: Part; readonly detractors: Part; readonly n: Part }
  | {
      readonly kind: 'ratio';
      readonly numerator: LinearForm;
      readonly denominator: LinearForm;
      /** 100 for a percent of two durations, 1 for seconds per contact. */
      readonly multiplier: number;
      readonly sampleSize: LinearForm;
    }
  | { readonly kind: 'count'; readonly count: Part };

export type MetricKind = Formula['kind'];

export function linear(add: readonly Part[], subtract: readonly Part[] = []): LinearForm {
  return { add, subtract };
}

export function evaluateLinear(form: LinearForm, parts: Parts): number {
  let total = 0;
  for (const part of form.add) total += partValue(parts, part);
  for (const part of form.subtract) total -= partValue(parts, part);
  return total;
}

function linearParts(form: LinearForm): Part[] {
  return [...form.add, ...form.subtract];
}

/** Every part the formula reads, without duplicates, in first-use order. */
export function formulaParts(formula: Formula): Part[] {
  let parts: Part[];
  switch (formula.kind) {
    case 'proportion':
      parts = [...linearParts(formula.numerator), ...linearParts(formula.denominator)];
      break;
    case 'mean':
      parts = [formula.n, formula.sum, formula.sumOfSquares];
      break;
    case 'nps':
      parts = [formula.n, formula.promoters, formula.detractors];
      break;
    case 'ratio':
      parts = [...linearParts(formula.numerator), ...linearParts(formula.denominator), ...linearParts(formula.sampleSize)];
      break;
    case 'count':
      parts = [formula.count];
      break;
    default:
      return assertNever(formula);
  }
  return [...new Set(parts)];
}

/** The n behind the value: the denominator of a proportion, the count of a mean or NPS. */
export function sampleSizeForm(formula: Formula): LinearForm {
  switch (formula.kind) {
    case 'proportion':
      return formula.denominator;
    case 'mean':
    case 'nps':
      return linear([formula.n]);
    case 'ratio':
      return formula.sampleSize;
    case 'count':
      return linear([formula.count]);
    default:
      return assertNever(formula);
  }
}
