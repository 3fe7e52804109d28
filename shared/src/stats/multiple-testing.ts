/**
 * Benjamini–Hochberg adjusted p-values (R's p.adjust(p, method = "BH")), in input order:
 * sort ascending, take (m / rank) · p, enforce monotonicity from the largest p down, cap at 1.
 * Non-finite entries stay NaN and, as in R, do not count towards m.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const adjusted = pValues.map(() => NaN);
  const order = pValues
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => Number.isFinite(p))
    .sort((a, b) => a.p - b.p);
  const m = order.length;
  let running = Infinity;
  for (let rank = m; rank >= 1; rank--) {
    const { p, index } = order[rank - 1];
    running = Math.min(running, (m / rank) * p);
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
}
