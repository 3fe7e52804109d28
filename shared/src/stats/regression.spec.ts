import { INTERCEPT, RegressionError, ols } from './regression';

describe('ols', () => {
  it('recovers exact coefficients on noise-free data (y = 2·x1 + 0·x2)', () => {
    const x1 = [1, 2, 3, 4, 5, 6, 7];
    const x2 = [3, 1, 4, 1, 5, 9, 2];
    const y = x1.map((v) => 2 * v);
    const fit = ols(y, x1.map((v, i) => [v, x2[i]]), ['x1', 'x2']);
    const [b0, b1, b2] = fit.coefficients;
    expect(b0.name).toBe(INTERCEPT);
    expect(b0.estimate).toBeCloseTo(0, 12);
    expect(b1.estimate).toBeCloseTo(2, 12);
    expect(b2.estimate).toBeCloseTo(0, 12);
    expect(fit.rSquared).toBeCloseTo(1, 12);
    expect(fit.residualStandardError).toBeCloseTo(0, 12);
  });

  it('Anscombe I: y = 3.0001 + 0.5001 x, matching R summary(lm(y1 ~ x1))', () => {
    const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
    const y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
    const fit = ols(y, x.map((v) => [v]), ['x1']);
    const [b0, b1] = fit.coefficients;
    // R: (Intercept) 3.0001 1.1247 2.667 0.02573; x1 0.5001 0.1179 4.241 0.00217
    // Residual SE 1.237 on 9 df; R² 0.6665, adjusted 0.6295
    expect(b0.estimate).toBeCloseTo(3.0000909090909103, 12);
    expect(b0.standardError).toBeCloseTo(1.1247467908086437, 12);
    expect(b0.t).toBeCloseTo(2.667, 3);
    expect(b0.pValue).toBeCloseTo(0.02573, 5);
    expect(b1.estimate).toBeCloseTo(0.5000909090909091, 12);
    expect(b1.standardError).toBeCloseTo(0.11790550059563408, 12);
    expect(b1.t).toBeCloseTo(4.241, 3);
    expect(b1.pValue).toBeCloseTo(0.0021696288730788, 12);
    expect(fit.residualDf).toBe(9);
    expect(fit.residualStandardError).toBeCloseTo(1.237, 3);
    expect(fit.rSquared).toBeCloseTo(0.6665, 4);
    expect(fit.adjustedRSquared).toBeCloseTo(0.6295, 4);
    // with one predictor the standardized slope is Pearson's r
    expect(b1.standardized).toBeCloseTo(0.8164205163448399, 12);
    expect(b0.standardized).toBeNull();
  });

  it('Montgomery, Peck & Vining, Introduction to Linear Regression Analysis, Example 3.1 (delivery time)', () => {
    const time = [16.68, 11.5, 12.03, 14.88, 13.75, 18.11, 8, 17.83, 79.24, 21.5, 40.33, 21, 13.5, 19.75, 24, 29, 15.35, 19, 9.5, 35.1, 17.9, 52.32, 18.75, 19.83, 10.75];
    const cases = [7, 3, 3, 4, 6, 7, 2, 7, 30, 5, 16, 10, 4, 6, 9, 10, 6, 7, 3, 17, 10, 26, 9, 8, 4];
    const distance = [560, 220, 340, 80, 150, 330, 110, 210, 1460, 605, 688, 215, 255, 462, 448, 776, 200, 132, 36, 770, 140, 810, 450, 635, 150];
    const fit = ols(time, cases.map((c, i) => [c, distance[i]]), ['cases', 'distance']);
    const [b0, b1, b2] = fit.coefficients;
    // book: ŷ = 2.34123 + 1.61591 x1 + 0.01438 x2; SE 1.09673, 0.17073, 0.00361; t 2.13, 9.46, 3.98;
    // R² = 0.9596, adjusted 0.9559, SS_Res = 233.7317 on 22 df. Full digits from numpy lstsq / (XᵀX)⁻¹.
    expect(b0.estimate).toBeCloseTo(2.34123115, 7);
    expect(b1.estimate).toBeCloseTo(1.61590721, 7);
    expect(b2.estimate).toBeCloseTo(0.01438483, 8);
    expect(b0.standardError).toBeCloseTo(1.09673017, 7);
    expect(b1.standardError).toBeCloseTo(0.17073492, 7);
    expect(b2.standardError).toBeCloseTo(0.00361309, 8);
    expect(b1.t).toBeCloseTo(9.46442138, 6);
    expect(b2.pValue).toBeCloseTo(6.31246862e-4, 10);
    expect(fit.rSquared).toBeCloseTo(0.9595937494832257, 12);
    expect(fit.adjustedRSquared).toBeCloseTo(0.9559204539817008, 12);
    expect(fit.residualStandardError ** 2 * 22).toBeCloseTo(233.7317, 4);
    // standardized: b · sd(x)/sd(y)
    expect(b1.standardized).toBeCloseTo(0.7162721919410255, 10);
    expect(b2.standardized).toBeCloseTo(0.301307789801481, 10);
  });

  it('throws a clear error on collinear or constant predictors and too few rows', () => {
    const x1 = [1, 2, 3, 4, 5];
    const rows = x1.map((v) => [v, 2 * v + 1]);
    expect(() => ols([1, 3, 2, 5, 4], rows, ['a', 'b'])).toThrow(/collinear: 'b'/);
    expect(() => ols([1, 3, 2, 5, 4], x1.map((v) => [v, 7]), ['a', 'k'])).toThrow(/'k' is constant/);
    expect(() => ols([1, 2], [[1], [2]], ['a'])).toThrow(RegressionError);
    expect(() => ols([1, 2, 3], [[1], [2]], ['a'])).toThrow(RangeError);
  });

  it('drops incomplete rows and returns null R² for a constant outcome', () => {
    const fit = ols([1, 2, NaN, 3, 5], [[1], [2], [3], [NaN], [4]], ['x']);
    expect(fit.n).toBe(3);
    const flat = ols([4, 4, 4, 4], [[1], [2], [3], [5]], ['x']);
    expect(flat.rSquared).toBeNull();
    expect(flat.coefficients[1].estimate).toBeCloseTo(0, 14);
    expect(flat.coefficients[1].standardized).toBeNull();
  });
});
