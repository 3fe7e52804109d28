import { ols, pearson, RegressionError, tCriticalValue } from '@cxlens/shared';

/** One unit-period (e.g. a site-week): the target's value and each candidate's value. */
export interface DriverObservation {
  target: number | null;
  candidates: Record<string, number | null>;
}

export interface Driver {
  candidate: string;
  /** Observations where both the candidate and the target are known. */
  n: number;
  /** Pearson correlation with the target, and its p-value. */
  r: number | null;
  rPValue: number | null;
  /** Standardised coefficient in the multiple regression (change in target SDs per candidate SD, others held fixed). */
  standardizedBeta: number;
  betaCiLow: number;
  betaCiHigh: number;
  betaPValue: number | null;
  /** |standardised coefficient|: what the ranking is by. */
  importance: number;
  rank: number;
}

export interface ExcludedCandidate {
  candidate: string;
  n: number;
  reason: string;
}

export interface DriverAnalysis {
  drivers: Driver[];
  excluded: ExcludedCandidate[];
  /** Complete observations used by the regression. */
  n: number;
  rSquared: number | null;
}

function sd(values: number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
}

const known = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/**
 * Ranks candidate drivers of a target by their standardised coefficients in
 * one multiple regression (so a driver that merely travels with a stronger one
 * is not credited), alongside each one's simple correlation. Candidates with
 * too little data, no variation, or collinear with the others are listed as
 * excluded with the reason rather than silently dropped.
 */
export function analyseDrivers(observations: DriverObservation[], candidates: string[], minObservations = 10): DriverAnalysis {
  const excluded: ExcludedCandidate[] = [];
  let usable: string[] = [];
  for (const candidate of candidates) {
    const pairs = observations.filter((o) => known(o.target) && known(o.candidates[candidate]));
    if (pairs.length < minObservations) {
      excluded.push({ candidate, n: pairs.length, reason: `only ${pairs.length} observations with data, at least ${minObservations} needed` });
    } else if (new Set(pairs.map((o) => o.candidates[candidate])).size < 2) {
      excluded.push({ candidate, n: pairs.length, reason: 'no variation across the observations' });
    } else {
      usable.push(candidate);
    }
  }

  for (;;) {
    const rows = observations.filter((o) => known(o.target) && usable.every((c) => known(o.candidates[c])));
    if (!usable.length) return { drivers: [], excluded, n: rows.length, rSquared: null };
    if (rows.length < Math.max(minObservations, usable.length + 2)) {
      // Too few complete rows for all candidates together: drop the sparsest and retry.
      const sparsest = [...usable].sort((a, b) => coverage(observations, a) - coverage(observations, b))[0];
      excluded.push({ candidate: sparsest, n: coverage(observations, sparsest), reason: 'too few observations where all candidates are known' });
      usable = usable.filter((c) => c !== sparsest);
      continue;
    }
    const y = rows.map((o) => o.target as number);
    const X = rows.map((o) => usable.map((c) => o.candidates[c] as number));
    let fit;
    try {
      fit = ols(y, X, usable);
    } catch (error) {
      if (!(error instanceof RegressionError)) throw error;
      const culprit = usable.find((c) => error.message.includes(c));
      if (!culprit) throw error;
      excluded.push({ candidate: culprit, n: rows.length, reason: `collinear with other candidates (${error.message})` });
      usable = usable.filter((c) => c !== culprit);
      continue;
    }
    const t = tCriticalValue(0.95, fit.residualDf);
    const sdY = sd(y);
    const drivers = usable.map((candidate, j): Omit<Driver, 'rank'> => {
      const coefficient = fit.coefficients[j + 1];
      const scale = sd(X.map((row) => row[j])) / sdY;
      const beta = coefficient.standardized ?? coefficient.estimate * scale;
      const halfWidth = coefficient.standardError === null ? 0 : t * coefficient.standardError * scale;
      const pairs = observations.filter((o) => known(o.target) && known(o.candidates[candidate]));
      const simple = pearson(pairs.map((o) => o.candidates[candidate] as number), pairs.map((o) => o.target as number));
      return {
        candidate,
        n: pairs.length,
        r: simple?.r ?? null,
        rPValue: simple?.pValue ?? null,
        standardizedBeta: beta,
        betaCiLow: beta - halfWidth,
        betaCiHigh: beta + halfWidth,
        betaPValue: coefficient.pValue,
        importance: Math.abs(beta),
      };
    });
    drivers.sort((a, b) => b.importance - a.importance);
    return { drivers: drivers.map((d, i) => ({ ...d, rank: i + 1 })), excluded, n: rows.length, rSquared: fit.rSquared };
  }
}

function coverage(observations: DriverObservation[], candidate: string): number {
  return observations.filter((o) => known(o.target) && known(o.candidates[candidate])).length;
}
