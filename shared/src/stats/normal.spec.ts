import { normalCdf, normalCriticalValue, normalQuantile, twoSidedNormalP } from './normal';

// References: R 4.x pnorm/qnorm and mpmath at 30 digits (values quoted to full double precision).
describe('normalCdf', () => {
  it.each([
    [0, 0.5],
    [0.5, 0.6914624612740131], // pnorm(0.5)
    [1.96, 0.9750021048517795], // pnorm(1.96)
    [-1.96, 0.024997895148220435],
    [-3, 0.0013498980316300946], // pnorm(-3)
  ])('Φ(%p) = %p', (x, expected) => {
    expect(normalCdf(x)).toBeCloseTo(expected, 15);
  });

  it('keeps relative precision far in the lower tail', () => {
    // pnorm(-10) = 7.619853024160527e-24; pnorm(-38) = 2.885428360068784e-316 (subnormal)
    expect(normalCdf(-10) / 7.619853024160527e-24).toBeCloseTo(1, 13);
    expect(normalCdf(-38) / 2.885428360068784e-316).toBeCloseTo(1, 5);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });

  it('is symmetric and NaN-safe', () => {
    for (const x of [0.1, 0.7, 2, 4.5, 6, 9]) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
    expect(normalCdf(NaN)).toBeNaN();
  });
});

describe('twoSidedNormalP', () => {
  it('is 2·(1 - Φ(|z|))', () => {
    expect(twoSidedNormalP(1.96)).toBeCloseTo(0.04999579029644087, 15);
    expect(twoSidedNormalP(-1.96)).toBeCloseTo(0.04999579029644087, 15);
    expect(twoSidedNormalP(0)).toBe(1);
    // 2·pnorm(-10) keeps its digits although 1 - Φ(10) would round to 0
    expect(twoSidedNormalP(10) / 1.5239706048321054e-23).toBeCloseTo(1, 13);
  });
});

describe('normalQuantile (AS 241)', () => {
  it.each([
    [0.975, 1.959963984540054], // qnorm(0.975)
    [0.3, -0.5244005127080407], // qnorm(0.3)
    [0.05, -1.6448536269514729], // qnorm(0.05)
    [1e-10, -6.361340902404056], // qnorm(1e-10)
    [1e-300, -37.0470962993612], // qnorm(1e-300)
  ])('Φ⁻¹(%p) = %p', (p, expected) => {
    expect(normalQuantile(p) / expected).toBeCloseTo(1, 14);
  });

  it('inverts normalCdf across the range', () => {
    // Above ~2, Φ(x) rounds near 1 and the round trip loses digits in the double, not in AS 241.
    for (let x = -8; x <= 2; x += 0.37) expect(normalQuantile(normalCdf(x))).toBeCloseTo(x, 12);
    for (const p of [1e-15, 1e-6, 0.01, 0.2, 0.5, 0.8, 0.99]) expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 12);
  });

  it('handles the ends and invalid input', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.1)).toBeNaN();
    expect(normalQuantile(NaN)).toBeNaN();
  });

  it('gives the familiar critical values', () => {
    expect(normalCriticalValue(0.95)).toBeCloseTo(1.959963984540054, 14);
    expect(normalCriticalValue(0.9)).toBeCloseTo(1.6448536269514729, 14);
    expect(normalCriticalValue(0.99)).toBeCloseTo(2.5758293035489004, 14); // qnorm(0.995)
  });
});
