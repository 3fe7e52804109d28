import { SingularMatrixError, cholesky, inverseFromCholesky, multiplyMatrixVector } from './linear-algebra';
import { twoSidedTP } from './student-t';

export interface OlsCoefficient {
  name: string;
  estimate: number;
  standardError: number | null;
  t: number | null;
  pValue: number | null;
  /** estimate · sd(x) / sd(y); null for the intercept or when y is constant. */
  standardized: number | null;
}

export interface OlsResult {
  /** The intercept first, named '(Intercept)', then one per predictor in input order. */
  coefficients: OlsCoefficient[];
  rSquared: number | null;
  adjustedRSquared: number | null;
  /** Complete rows used. */
  n: number;
  residualDf: number;
  residualStandardError: number;
}

export class RegressionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegressionError';
  }
}

export const INTERCEPT = '(Intercept)';

/**
 * Multiple linear regression with an intercept by least squares. Rows with a non-finite value
 * are dropped (listwise). The normal equations are solved on centred predictors scaled to unit
 * length, i.e. on their correlation matrix, by Cholesky: centring removes the intercept's
 * ill-conditioning and the unit diagonal makes the collinearity tolerance scale-free.
 * Throws RegressionError for collinear or constant predictors or too few rows.
 */
export function ols(y: readonly number[], X: readonly (readonly number[])[], names: readonly string[]): OlsResult {
  if (X.length !== y.length) throw new RangeError(`y has ${y.length} rows but X has ${X.length}`);
  const p = names.length;
  const rows: number[][] = [];
  const ys: number[] = [];
  X.forEach((row, i) => {
    if (row.length !== p) throw new RangeError(`row ${i} has ${row.length} predictors, expected ${p} (${names.join(', ')})`);
    if (Number.isFinite(y[i]) && row.every(Number.isFinite)) {
      rows.push([...row]);
      ys.push(y[i]);
    }
  });
  const n = rows.length;
  const residualDf = n - p - 1;
  if (residualDf < 1) throw new RegressionError(`regression needs more complete rows (${n}) than coefficients (${p + 1})`);

  const yMean = ys.reduce((s, v) => s + v, 0) / n;
  const means = names.map((_, j) => rows.reduce((s, r) => s + r[j], 0) / n);
  const centred = rows.map((r) => r.map((v, j) => v - means[j]));
  const yCentred = ys.map((v) => v - yMean);
  const sxx = names.map((_, j) => centred.reduce((s, r) => s + r[j] * r[j], 0));
  names.forEach((name, j) => {
    if (rows.every((r) => r[j] === rows[0][j])) throw new RegressionError(`predictor '${name}' is constant`);
  });
  const scale = sxx.map(Math.sqrt);
  const correlation = names.map((_, i) =>
    names.map((__, j) => centred.reduce((s, r) => s + r[i] * r[j], 0) / (scale[i] * scale[j])),
  );
  const zy = names.map((_, j) => centred.reduce((s, r, k) => s + r[j] * yCentred[k], 0) / scale[j]);

  let inverse: number[][];
  try {
    inverse = inverseFromCholesky(cholesky(correlation));
  } catch (error) {
    if (error instanceof SingularMatrixError) {
      throw new RegressionError(`predictors are collinear: '${names[error.column]}' is a linear combination of the predictors before it`);
    }
    throw error;
  }
  const slopes = multiplyMatrixVector(inverse, zy).map((g, j) => g / scale[j]);
  const intercept = yMean - slopes.reduce((s, b, j) => s + b * means[j], 0);

  let rss = 0;
  rows.forEach((r, k) => {
    const e = ys[k] - intercept - r.reduce((s, v, j) => s + slopes[j] * v, 0);
    rss += e * e;
  });
  const tss = yCentred.reduce((s, v) => s + v * v, 0);
  const sigma2 = rss / residualDf;
  const yConstant = ys.every((v) => v === ys[0]);

  // Cov(b) = σ² (XcᵀXc)⁻¹ = σ² D⁻¹ R⁻¹ D⁻¹ with D = diag(scale); Var(b0) = σ²/n + x̄ᵀ Cov(b) x̄.
  const covariance = (i: number, j: number): number => (sigma2 * inverse[i][j]) / (scale[i] * scale[j]);
  let interceptVariance = sigma2 / n;
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) interceptVariance += means[i] * means[j] * covariance(i, j);

  const coefficient = (name: string, estimate: number, variance: number, standardized: number | null): OlsCoefficient => {
    const standardError = Math.sqrt(Math.max(0, variance));
    if (standardError === 0) return { name, estimate, standardError, t: null, pValue: null, standardized };
    const t = estimate / standardError;
    return { name, estimate, standardError, t, pValue: twoSidedTP(t, residualDf), standardized };
  };
  const syy = Math.sqrt(tss);
  const rSquared = yConstant ? null : Math.max(0, Math.min(1, 1 - rss / tss));
  return {
    coefficients: [
      coefficient(INTERCEPT, intercept, interceptVariance, null),
      ...names.map((name, j) => coefficient(name, slopes[j], covariance(j, j), yConstant ? null : (slopes[j] * scale[j]) / syy)),
    ],
    rSquared,
    adjustedRSquared: rSquared === null ? null : 1 - ((1 - rSquared) * (n - 1)) / residualDf,
    n,
    residualDf,
    residualStandardError: Math.sqrt(sigma2),
  };
}
