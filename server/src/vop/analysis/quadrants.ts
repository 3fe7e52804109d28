import { MetricResult, pearson, percentileRank, spearman, CorrelationResult } from '@cxlens/shared';

/** Where a unit stands when the process (VOP) and its customers (VOC) are compared. */
export const QUADRANTS = ['ALIGNED_STRONG', 'ALIGNED_WEAK', 'BLIND_SPOT', 'HIDDEN_STRENGTH', 'INSUFFICIENT_DATA'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface UnitVoices {
  key: string;
  vop: MetricResult;
  voc: MetricResult;
}

export interface ClassifiedUnit extends UnitVoices {
  /** Percentile (0-100) among units with enough data, oriented so that higher is better. */
  vopPercentile: number | null;
  vocPercentile: number | null;
  /** vocPercentile - vopPercentile: negative when customers rate the unit below what its process scores say. */
  gap: number | null;
  quadrant: Quadrant;
}

export interface QuadrantOptions {
  vopHigherIsBetter: boolean;
  vocHigherIsBetter: boolean;
  minVopN: number;
  minVocN: number;
}

export interface QuadrantAnalysis {
  units: ClassifiedUnit[];
  /** Medians of the raw values over the classified units (the scatter's reference lines). */
  vopMedian: number | null;
  vocMedian: number | null;
  pearson: CorrelationResult | null;
  spearman: CorrelationResult | null;
  /** Units with enough data on both sides (the n of the correlations). */
  classified: number;
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function hasEnough(result: MetricResult, minN: number): boolean {
  return result.value !== null && result.n >= minN;
}

/**
 * Ranks the units with enough data on both voices within the organisation and
 * splits them at the median (percentile 50, which counts as the better half):
 * process good + customers bad is a blind spot, the reverse a hidden strength.
 * Units below a minimum sample are never guessed: they are INSUFFICIENT_DATA.
 */
export function classifyUnits(units: UnitVoices[], options: QuadrantOptions): QuadrantAnalysis {
  const eligible = units.filter((u) => hasEnough(u.vop, options.minVopN) && hasEnough(u.voc, options.minVocN));
  const orient = (value: number, higherIsBetter: boolean) => (higherIsBetter ? value : -value);
  const vopPct = percentileRank(eligible.map((u) => orient(u.vop.value!, options.vopHigherIsBetter)));
  const vocPct = percentileRank(eligible.map((u) => orient(u.voc.value!, options.vocHigherIsBetter)));
  const byKey = new Map(eligible.map((u, i) => [u.key, { vop: vopPct[i], voc: vocPct[i] }]));

  const classifiedUnits = units.map((u): ClassifiedUnit => {
    const pct = byKey.get(u.key);
    if (!pct) return { ...u, vopPercentile: null, vocPercentile: null, gap: null, quadrant: 'INSUFFICIENT_DATA' };
    const processGood = pct.vop >= 50;
    const customersGood = pct.voc >= 50;
    const quadrant: Quadrant =
      processGood && customersGood ? 'ALIGNED_STRONG'
        : !processGood && !customersGood ? 'ALIGNED_WEAK'
          : processGood ? 'BLIND_SPOT' : 'HIDDEN_STRENGTH';
    return { ...u, vopPercentile: pct.vop, vocPercentile: pct.voc, gap: pct.voc - pct.vop, quadrant };
  });

  const xs = eligible.map((u) => u.vop.value!);
  const ys = eligible.map((u) => u.voc.value!);
  return {
    units: classifiedUnits,
    vopMedian: median(xs),
    vocMedian: median(ys),
    pearson: pearson(xs, ys),
    spearman: spearman(xs, ys),
    classified: eligible.length,
  };
}
