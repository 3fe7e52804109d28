import { benjaminiHochberg, welchTTest } from '@cxlens/shared';

/** One applicable checklist item of one evaluation at one site. */
export interface ItemScore {
  siteKey: string;
  section: string;
  item: string;
  /** points / max, 0..1 (bonus items above 1 are kept as they are). */
  attainment: number;
}

export interface ItemSeparation {
  section: string;
  item: string;
  highMean: number | null;
  lowMean: number | null;
  /** highMean - lowMean, in attainment points (0..1). */
  difference: number | null;
  highN: number;
  lowN: number;
  pValue: number | null;
  /** Benjamini–Hochberg across the items compared. */
  adjustedPValue: number | null;
}

function sums(values: number[]) {
  return { n: values.length, sum: values.reduce((s, v) => s + v, 0), sumOfSquares: values.reduce((s, v) => s + v * v, 0) };
}

/**
 * Splits sites at the median of the customer metric (ties to the high group)
 * and, for each checklist item, compares how well evaluations at high- and
 * low-scoring sites did on it (Welch's t-test over evaluations, BH-adjusted).
 * Items with the largest positive difference are what the best sites do.
 */
export function separateItems(scores: ItemScore[], siteVoc: Map<string, number>): ItemSeparation[] {
  const ranked = [...siteVoc.entries()].sort((a, b) => a[1] - b[1]);
  const lowSites = new Set(ranked.slice(0, Math.floor(ranked.length / 2)).map(([k]) => k));
  const groups = new Map<string, { section: string; item: string; high: number[]; low: number[] }>();
  for (const s of scores) {
    if (!siteVoc.has(s.siteKey)) continue;
    const key = `${s.section}\u0000${s.item}`;
    const g = groups.get(key) ?? { section: s.section, item: s.item, high: [], low: [] };
    (lowSites.has(s.siteKey) ? g.low : g.high).push(s.attainment);
    groups.set(key, g);
  }
  const rows = [...groups.values()].map((g) => {
    const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : null);
    const highMean = mean(g.high);
    const lowMean = mean(g.low);
    const test = g.high.length >= 2 && g.low.length >= 2 ? welchTTest(sums(g.high), sums(g.low)) : null;
    return {
      section: g.section,
      item: g.item,
      highMean,
      lowMean,
      difference: highMean !== null && lowMean !== null ? highMean - lowMean : null,
      highN: g.high.length,
      lowN: g.low.length,
      pValue: test?.pValue ?? null,
    };
  });
  const adjusted = benjaminiHochberg(rows.map((r) => r.pValue ?? NaN));
  return rows
    .map((r, i) => ({ ...r, adjustedPValue: Number.isFinite(adjusted[i]) ? adjusted[i] : null }))
    .sort((a, b) => Math.abs(b.difference ?? 0) - Math.abs(a.difference ?? 0));
}
