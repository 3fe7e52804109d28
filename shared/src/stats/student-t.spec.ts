import { logBeta, logGamma } from './gamma';
import { regularizedIncompleteBeta } from './incomplete-beta';
import { normalQuantile } from './normal';
import { studentTCdf, studentTPdf, studentTQuantile, tCriticalValue, twoSidedTP } from './student-t';

describe('logGamma / logBeta', () => {
  it.each([
    [0.5, 0.5723649429247001], // log √π
    [1, 0],
    [2, 0],
    [3.5, 1.2009736023470743], // log(15√π/8)
    [10, 12.801827480081469], // log 9!
    [100, 359.1342053695754], // log 99!
  ])('logΓ(%p) = %p', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 13);
  });

  it('logB(a, b) including one huge argument', () => {
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 14); // B(2,3) = 1!2!/4! = 1/12
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 14); // B(½,½) = π
    expect(logBeta(5e5, 0.5)).toBeCloseTo(-5.988816495777464, 12); // mpmath, 40 digits
    expect(logBeta(20, 30)).toBeCloseTo(logGamma(20) + logGamma(30) - logGamma(50), 11);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('matches closed forms', () => {
    for (const x of [0.01, 0.2, 0.5, 0.9, 0.999]) {
      expect(regularizedIncompleteBeta(x, 1, 1)).toBeCloseTo(x, 14); // uniform
      expect(regularizedIncompleteBeta(x, 3, 1)).toBeCloseTo(x ** 3, 14); // I_x(a,1) = x^a
      expect(regularizedIncompleteBeta(x, 1, 4)).toBeCloseTo(1 - (1 - x) ** 4, 14); // I_x(1,b) = 1-(1-x)^b
    }
    expect(regularizedIncompleteBeta(0.5, 7.3, 7.3)).toBeCloseTo(0.5, 14); // symmetry
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
});

describe('Student t', () => {
  it('CDF matches the closed forms for 1 and 2 df', () => {
    for (const t of [-30, -2.5, -0.3, 0, 0.8, 4, 100]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 14); // Cauchy
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 14);
    }
  });

  it('two-sided p matches R pt()', () => {
    expect(twoSidedTP(2.228, 10)).toBeCloseTo(0.05001177181711132, 14); // 2*pt(-2.228, 10)
    expect(twoSidedTP(-2.5, 3.7)).toBeCloseTo(0.07182202291182678, 14); // fractional df (Welch)
    expect(twoSidedTP(12, 100) / 4.395087715604393e-21).toBeCloseTo(1, 12); // deep tail keeps relative precision
    expect(twoSidedTP(0, 5)).toBe(1);
    expect(twoSidedTP(Infinity, 5)).toBe(0);
  });

  it('converges to the normal and is continuous where the normal adjustment takes over (1e6 df)', () => {
    expect(twoSidedTP(3, 1e5) / 0.0027004608840647234).toBeCloseTo(1, 11); // scipy t.sf
    const below = twoSidedTP(3, 999_999);
    const above = twoSidedTP(3, 1_000_001);
    expect(above / below).toBeCloseTo(1, 9);
    expect(twoSidedTP(1.959963984540054, 1e12)).toBeCloseTo(0.05, 10);
  });

  it.each([
    [0.975, 1, 12.706204736174703], // tan(0.475π); table value 12.706
    [0.975, 2, 4.302652729749464], // 0.95/sqrt(2·0.975·0.025); table 4.303
    [0.975, 10, 2.228138851986274], // table 2.228
    [0.975, 30, 2.0422724563012378], // table 2.042
    [0.995, 5, 4.032142983555228], // table 4.032
    [1e-10, 4, -416.1751403296041], // scipy t.ppf
  ])('quantile(%p, df=%p) = %p', (p, df, expected) => {
    expect(studentTQuantile(p, df) / expected).toBeCloseTo(1, 13);
  });

  it('quantile inverts the CDF, including fractional and huge df', () => {
    for (const df of [0.5, 1.5, 3.7, 25, 1000, 5e6]) {
      for (const p of [0.001, 0.1, 0.4, 0.6, 0.975]) expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
    }
    expect(tCriticalValue(0.95, 1e9)).toBeCloseTo(normalQuantile(0.975), 8);
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(0, 3)).toBe(-Infinity);
    expect(studentTQuantile(0.5, 0)).toBeNaN();
  });

  it('density integrates consistently with the CDF', () => {
    // central difference of the CDF approximates the density
    const h = 1e-5;
    expect((studentTCdf(1.3 + h, 4) - studentTCdf(1.3 - h, 4)) / (2 * h)).toBeCloseTo(studentTPdf(1.3, 4), 8);
    expect(studentTPdf(0, 1)).toBeCloseTo(1 / Math.PI, 14);
  });
});
