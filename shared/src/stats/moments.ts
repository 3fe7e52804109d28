// Means and variances from additive sums (n, Σx, Σx²), the form rollups store.

/** Sample variance (n - 1 denominator) from Σx and Σx²; null when n < 2. */
export function sampleVariance(sum: number, sumOfSquares: number, n: number): number | null {
  if (!(n >= 2) || !Number.isFinite(sum) || !Number.isFinite(sumOfSquares)) return null;
  const centered = sumOfSquares - (sum * sum) / n;
  // Σx² - (Σx)²/n cancels catastrophically when every value is equal; anything within rounding
  // noise of Σx² is a true zero, and a small negative result is rounding too.
  if (centered <= 64 * Number.EPSILON * Math.abs(sumOfSquares)) return 0;
  return centered / (n - 1);
}

/** Σx, Σx² and n of a list, ignoring non-finite entries. */
export function sumsOf(values: readonly number[]): { sum: number; sumOfSquares: number; n: number } {
  let sum = 0;
  let sumOfSquares = 0;
  let n = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    sum += v;
    sumOfSquares += v * v;
    n++;
  }
  return { sum, sumOfSquares, n };
}
