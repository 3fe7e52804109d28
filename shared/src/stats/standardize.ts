export interface Stratum {
  key: string;
  /** Reference weight (e.g. the organisation's share of contacts in this channel), >= 0. */
  weight: number;
  /** The unit's value in this stratum; null when the unit has no data there. */
  value: number | null;
  /** Sampling variance of value (e.g. SE²); omit when unknown. */
  variance?: number | null;
}

export interface StandardizedValue {
  /** Σ w_s·value_s / Σ w_s over the strata the unit has; null when it has none. */
  value: number | null;
  /** Σ w_s²·var_s / (Σ w_s)² over present strata (strata independent); null when a variance is missing. */
  variance: number | null;
  standardError: number | null;
  /** Share of the reference weight the unit covers, 0..1; below 1 means the value is renormalised. */
  coverage: number;
  /** Keys of strata with positive weight that the unit lacks. */
  missing: string[];
}

/**
 * Direct standardization for mix adjustment: re-weight a unit's per-stratum values with a
 * reference mix so units with different channel (or other) mixes compare like for like.
 * A stratum the unit lacks cannot be imputed without a model, so the weights are renormalised
 * over the strata present and `coverage` says how much of the reference mix that is; callers
 * should flag or suppress low coverage rather than present the value as fully adjusted.
 */
export function directStandardize(strata: readonly Stratum[]): StandardizedValue {
  let totalWeight = 0;
  let presentWeight = 0;
  let weightedSum = 0;
  let weightedVariance: number | null = 0;
  const missing: string[] = [];
  for (const s of strata) {
    if (!(s.weight >= 0) || !Number.isFinite(s.weight)) throw new RangeError(`stratum '${s.key}' has invalid weight ${s.weight}`);
    totalWeight += s.weight;
    if (s.weight === 0) continue;
    if (s.value === null || !Number.isFinite(s.value)) {
      missing.push(s.key);
      continue;
    }
    presentWeight += s.weight;
    weightedSum += s.weight * s.value;
    const v = s.variance;
    weightedVariance = weightedVariance === null || v == null || !(v >= 0) ? null : weightedVariance + s.weight * s.weight * v;
  }
  const coverage = totalWeight > 0 ? presentWeight / totalWeight : 0;
  if (presentWeight === 0) return { value: null, variance: null, standardError: null, coverage, missing };
  const variance = weightedVariance === null ? null : weightedVariance / (presentWeight * presentWeight);
  return {
    value: weightedSum / presentWeight,
    variance,
    standardError: variance === null ? null : Math.sqrt(variance),
    coverage,
    missing,
  };
}
