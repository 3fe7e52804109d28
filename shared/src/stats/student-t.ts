import { logBeta } from './gamma';
import { incompleteBetaFromLogs } from './incomplete-beta';
import { normalCdf, normalQuantile, twoSidedNormalP } from './normal';

// Beyond this many degrees of freedom the continued fraction's rounding error (~1e-11 here,
// growing with ν) exceeds that of R's pt() normal adjustment z = t(1 - 1/4ν) / sqrt(1 + t²/2ν),
// which is ~4e-11 relative at ν = 1e6 and t = 3 and improves as 1/ν².
const NORMAL_LIMIT_DF = 1e6;

function normalEquivalent(t: number, df: number): number {
  const v = 1 / (4 * df);
  return (t * (1 - v)) / Math.sqrt(1 + t * t * 2 * v);
}

/** Two-sided p-value P(|T| >= |t|) for Student's t with df degrees of freedom (df may be fractional). */
export function twoSidedTP(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (!Number.isFinite(t)) return 0;
  if (df > NORMAL_LIMIT_DF) return twoSidedNormalP(normalEquivalent(t, df));
  const t2 = t * t;
  if (t2 === 0) return 1;
  // P(|T| >= |t|) = I_x(ν/2, 1/2) with x = ν/(ν+t²). log x = -log1p(t²/ν) keeps ν/2 · log x exact
  // when ν is in the millions and x is within 1e-8 of 1.
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  return Math.min(1, incompleteBetaFromLogs(x, y, -Math.log1p(t2 / df), Math.log(y), df / 2, 0.5));
}

/** P(T <= t) for Student's t with df degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (df > NORMAL_LIMIT_DF) return normalCdf(normalEquivalent(t, df));
  const tail = twoSidedTP(t, df) / 2;
  return t < 0 ? tail : 1 - tail;
}

/** Density of Student's t. */
export function studentTPdf(t: number, df: number): number {
  return Math.exp(-0.5 * Math.log(df) - logBeta(df / 2, 0.5) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** Upper-tail point t > 0 with P(T > t) = tail (0 < tail < 0.5): safeguarded Newton on log tail. */
function upperTailPoint(tail: number, df: number): number {
  const z = normalQuantile(1 - tail);
  let t = z + (z * z * z + z) / (4 * df);
  let lo = 0;
  let hi = Number.MAX_VALUE;
  for (let i = 0; i < 300; i++) {
    if (!(t > lo && t < hi)) t = hi === Number.MAX_VALUE ? Math.max(2 * lo, 1) : (lo + hi) / 2;
    const current = twoSidedTP(t, df) / 2;
    if (current > tail) lo = t;
    else hi = t;
    // d/dt log P(T > t) = -pdf(t) / P(T > t)
    const next = t + ((Math.log(current) - Math.log(tail)) * current) / studentTPdf(t, df);
    if (Math.abs(next - t) <= 1e-15 * Math.max(1, Math.abs(t)) || hi - lo <= 1e-15 * hi) return next;
    t = next;
  }
  return t;
}

/** Inverse of studentTCdf: the t with P(T <= t) = p. */
export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df > NORMAL_LIMIT_DF) return inverseNormalEquivalent(normalQuantile(p), df);
  const tail = Math.min(p, 1 - p);
  const t = upperTailPoint(tail, df);
  return p < 0.5 ? -t : t;
}

function inverseNormalEquivalent(z: number, df: number): number {
  // Solve z = t(1 - v)/sqrt(1 + 2v t²) for t.
  const v = 1 / (4 * df);
  const a = (1 - v) * (1 - v) - 2 * v * z * z;
  return z / Math.sqrt(a);
}

/** Two-sided critical value t such that P(|T| <= t) = confidence. */
export function tCriticalValue(confidence: number, df: number): number {
  return studentTQuantile(1 - (1 - confidence) / 2, df);
}
