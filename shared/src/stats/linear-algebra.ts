/** Thrown when a matrix is (numerically) singular; `column` is the first dependent column. */
export class SingularMatrixError extends Error {
  constructor(readonly column: number) {
    super(`matrix is singular: column ${column} is a linear combination of the columns before it`);
    this.name = 'SingularMatrixError';
  }
}

/**
 * Cholesky factor L (A = L·Lᵀ) of a symmetric positive-definite matrix. On a matrix with unit
 * diagonal (a correlation matrix) the pivot at column j is 1 - R²(x_j on x_1..x_{j-1}), so the
 * relative tolerance reads as "R² above 1 - tolerance is collinear".
 */
export function cholesky(a: readonly (readonly number[])[], tolerance = 1e-10): number[][] {
  const n = a.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let pivot = a[j][j];
    for (let k = 0; k < j; k++) pivot -= l[j][k] * l[j][k];
    if (!(pivot > tolerance * a[j][j])) throw new SingularMatrixError(j);
    l[j][j] = Math.sqrt(pivot);
    for (let i = j + 1; i < n; i++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      l[i][j] = s / l[j][j];
    }
  }
  return l;
}

/** A⁻¹ from its Cholesky factor: (L·Lᵀ)⁻¹ = L⁻ᵀ·L⁻¹. */
export function inverseFromCholesky(l: readonly (readonly number[])[]): number[][] {
  const n = l.length;
  const inv = l.map(() => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    inv[j][j] = 1 / l[j][j];
    for (let i = j + 1; i < n; i++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= l[i][k] * inv[k][j];
      inv[i][j] = s / l[i][i];
    }
  }
  const result = l.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < n; k++) s += inv[k][i] * inv[k][j];
      result[i][j] = s;
      result[j][i] = s;
    }
  }
  return result;
}

export function multiplyMatrixVector(a: readonly (readonly number[])[], v: readonly number[]): number[] {
  return a.map((row) => row.reduce((s, x, j) => s + x * v[j], 0));
}
