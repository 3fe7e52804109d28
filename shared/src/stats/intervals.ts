import { sampleVariance } from './moments';
import { normalCriticalValue } from './normal';
import { tCriticalValue } from './student-t';

export interface Interval {
  low: number;
  high: number;
}

export interface EstimateInterval extends Interval {
  estimate: number;
}

export interface SeInterval extends EstimateInterval {
  standardError: number;
}

export interface MeanInterval extends SeInterval {
  df: number;
}

export const DEFAULT_CONFIDENCE = 0.95;

export function assertConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
}

/**
 * Wilson score interval for a proportion, on 0..1. Null when n <= 0 or successes is outside 0..n.
 * Reference: E. B. Wilson (1927); R. G. Newcombe, Stat. Med. 17:857-872 (1998), method 3.
 */
export function wilsonInterval(successes: number, n: number, confidence = DEFAULT_CONFIDENCE): EstimateInterval | null {
  assertConfidence(confidence);
  if (!(n > 0) || !(successes >= 0 && successes <= n)) return null;
  const z = normalCriticalValue(confidence);
  const z2 = z * z;
  const p = successes / n;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    estimate: p,
    // At the boundaries the interval touches 0 or 1 exactly; rounding would leave ±1e-17.
    low: successes === 0 ? 0 : Math.max(0, center - half),
    high: successes === n ? 1 : Math.min(1, center + half),
  };
}

/**
 * NPS on -100..100 with a Wald interval: the NPS is the mean of a score that is +1 for a
 * promoter, -1 for a detractor and 0 otherwise, so Var = (p+ + p- - (p+ - p-)²) / n.
 * The interval is clamped to [-100, 100]. Null when n <= 0 or the counts are impossible.
 */
export function npsInterval(promoters: number, detractors: number, n: number, confidence = DEFAULT_CONFIDENCE): SeInterval | null {
  assertConfidence(confidence);
  if (!(n > 0) || !(promoters >= 0 && detractors >= 0 && promoters + detractors <= n)) return null;
  const pPlus = promoters / n;
  const pMinus = detractors / n;
  const nps = pPlus - pMinus;
  const se = Math.sqrt(Math.max(0, pPlus + pMinus - nps * nps) / n);
  const z = normalCriticalValue(confidence);
  return {
    estimate: 100 * nps,
    standardError: 100 * se,
    low: Math.max(-100, 100 * (nps - z * se)),
    high: Math.min(100, 100 * (nps + z * se)),
  };
}

/** Student t interval for a mean from Σx, Σx² and n. Null when n < 2. */
export function meanInterval(sum: number, sumOfSquares: number, n: number, confidence = DEFAULT_CONFIDENCE): MeanInterval | null {
  assertConfidence(confidence);
  const variance = sampleVariance(sum, sumOfSquares, n);
  if (variance === null) return null;
  const mean = sum / n;
  const se = Math.sqrt(variance / n);
  const half = se === 0 ? 0 : tCriticalValue(confidence, n - 1) * se;
  return { estimate: mean, standardError: se, df: n - 1, low: mean - half, high: mean + half };
}
