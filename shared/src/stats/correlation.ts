import { averageRanks } from './ranks';
import { twoSidedTP } from './student-t';

export interface CorrelationResult {
  r: number;
  /** Two-sided, from t = r·sqrt((n-2)/(1-r²)) on n-2 df. */
  pValue: number;
  /** Complete pairs used. */
  n: number;
}

export interface LagCorrelation {
  /** r is between x[t] and y[t + lag]: a positive lag means x leads y. */
  lag: number;
  r: number | null;
  pValue: number | null;
  n: number;
}

function assertSameLength(x: readonly number[], y: readonly number[]): void {
  if (x.length !== y.length) throw new RangeError(`x and y differ in length (${x.length} vs ${y.length})`);
}

/** Pairs where both values are finite (pairwise deletion). */
function completePairs(x: readonly number[], y: readonly number[]): [number[], number[]] {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(x[i]) && Number.isFinite(y[i])) {
      xs.push(x[i]);
      ys.push(y[i]);
    }
  }
  return [xs, ys];
}

function isConstant(values: readonly number[]): boolean {
  return values.every((v) => v === values[0]);
}

/** p-value of a correlation coefficient r from n pairs; |r| = 1 gives 0. */
export function correlationPValue(r: number, n: number): number {
  if (!(n >= 3)) return NaN;
  if (Math.abs(r) >= 1) return 0;
  return twoSidedTP(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2);
}

function pearsonOfComplete(xs: readonly number[], ys: readonly number[]): CorrelationResult | null {
  const n = xs.length;
  // A constant series has no correlation; checking equality avoids dividing rounding noise.
  if (n < 3 || isConstant(xs) || isConstant(ys)) return null;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  return { r, pValue: correlationPValue(r, n), n };
}

/** Pearson correlation over complete pairs. Null when fewer than 3 pairs or either side is constant. */
export function pearson(x: readonly number[], y: readonly number[]): CorrelationResult | null {
  assertSameLength(x, y);
  const [xs, ys] = completePairs(x, y);
  return pearsonOfComplete(xs, ys);
}

/** Spearman rank correlation (Pearson on average ranks) with the same t approximation for p. */
export function spearman(x: readonly number[], y: readonly number[]): CorrelationResult | null {
  assertSameLength(x, y);
  const [xs, ys] = completePairs(x, y);
  return pearsonOfComplete(averageRanks(xs), averageRanks(ys));
}

/** Pearson r of x[t] vs y[t + k] for k = -maxLag..maxLag, over the overlapping indices. */
export function lagCorrelation(x: readonly number[], y: readonly number[], maxLag: number): LagCorrelation[] {
  if (!(Number.isInteger(maxLag) && maxLag >= 0)) throw new RangeError(`maxLag must be a non-negative integer, got ${maxLag}`);
  const result: LagCorrelation[] = [];
  for (let lag = -maxLag; lag <= maxLag; lag++) {
    const first = Math.max(0, -lag);
    const end = Math.min(x.length, y.length - lag);
    const xs = x.slice(first, Math.max(first, end));
    const ys = y.slice(first + lag, Math.max(first, end) + lag);
    const [cx, cy] = completePairs(xs, ys);
    const c = pearsonOfComplete(cx, cy);
    result.push({ lag, r: c?.r ?? null, pValue: c?.pValue ?? null, n: cx.length });
  }
  return result;
}
