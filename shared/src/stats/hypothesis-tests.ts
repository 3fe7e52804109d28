import { sampleVariance } from './moments';
import { twoSidedNormalP } from './normal';
import { twoSidedTP } from './student-t';

/** A test statistic with its two-sided p-value. The statistic is positive when a > b. */
export interface TestResult {
  statistic: number;
  pValue: number;
}

export interface WelchResult extends TestResult {
  df: number;
}

export interface NpsCounts {
  promoters: number;
  detractors: number;
  n: number;
}

export interface MeanSums {
  sum: number;
  sumOfSquares: number;
  n: number;
}

const isCount = (x: number, n: number): boolean => n > 0 && x >= 0 && x <= n;

/** Pooled two-proportion z test of x1/n1 vs x2/n2. Null when a side is empty or the pooled rate is 0 or 1. */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): TestResult | null {
  if (!isCount(x1, n1) || !isCount(x2, n2)) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return null;
  const statistic = (x1 / n1 - x2 / n2) / se;
  return { statistic, pValue: twoSidedNormalP(statistic) };
}

/** Variance of an NPS on the -1..1 scale (see npsInterval); null for impossible counts. */
function npsVariance({ promoters, detractors, n }: NpsCounts): { nps: number; variance: number } | null {
  if (!(n > 0) || !(promoters >= 0 && detractors >= 0 && promoters + detractors <= n)) return null;
  const pPlus = promoters / n;
  const pMinus = detractors / n;
  const nps = pPlus - pMinus;
  return { nps, variance: Math.max(0, pPlus + pMinus - nps * nps) / n };
}

/** z test of NPS a vs NPS b with unpooled standard errors. Null when either side is empty or both have zero variance. */
export function npsDifferenceTest(a: NpsCounts, b: NpsCounts): TestResult | null {
  const va = npsVariance(a);
  const vb = npsVariance(b);
  if (!va || !vb) return null;
  const se = Math.sqrt(va.variance + vb.variance);
  if (!(se > 0)) return null;
  const statistic = (va.nps - vb.nps) / se;
  return { statistic, pValue: twoSidedNormalP(statistic) };
}

/** Welch's unequal-variance t test from additive sums, Welch–Satterthwaite df. Null when n < 2 on a side or both variances are 0. */
export function welchTTest(a: MeanSums, b: MeanSums): WelchResult | null {
  const varA = sampleVariance(a.sum, a.sumOfSquares, a.n);
  const varB = sampleVariance(b.sum, b.sumOfSquares, b.n);
  if (varA === null || varB === null) return null;
  const ua = varA / a.n;
  const ub = varB / b.n;
  const se2 = ua + ub;
  if (!(se2 > 0)) return null;
  const df = (se2 * se2) / ((ua * ua) / (a.n - 1) + (ub * ub) / (b.n - 1));
  const statistic = (a.sum / a.n - b.sum / b.n) / Math.sqrt(se2);
  return { statistic, df, pValue: twoSidedTP(statistic, df) };
}
