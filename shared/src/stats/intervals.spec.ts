import { meanInterval, npsInterval, wilsonInterval } from './intervals';
import { sampleVariance, sumsOf } from './moments';

describe('wilsonInterval', () => {
  // Newcombe (1998) Table I, method 3 (Wilson score, no continuity correction), 95%.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%p of %p -> [%p, %p] (Newcombe 1998)', (x, n, low, high) => {
    const ci = wilsonInterval(x, n)!;
    expect(ci.low).toBeCloseTo(low, 4);
    expect(ci.high).toBeCloseTo(high, 4);
  });

  it('matches the closed form to full precision', () => {
    // 0/10: high = z²/(n+z²) = 3.841459/13.841459 = 0.2775327998628892
    expect(wilsonInterval(0, 10)).toEqual({ estimate: 0, low: 0, high: expect.closeTo(0.2775327998628892, 14) });
    // 1/10: centre (0.1 + 0.192073)/1.384146 = 0.211013, half 0.192274 (hand) -> [0.0178762, 0.4041500]
    const one = wilsonInterval(1, 10)!;
    expect(one.low).toBeCloseTo(0.017876213095072868, 14);
    expect(one.high).toBeCloseTo(0.4041500267952385, 14);
    // 10/10 mirrors 0/10 and touches 1 exactly
    expect(wilsonInterval(10, 10)).toEqual({ estimate: 1, low: expect.closeTo(0.7224672001371108, 14), high: 1 });
    // 5/10 is symmetric about ½
    const half = wilsonInterval(5, 10)!;
    expect(half.low + half.high).toBeCloseTo(1, 15);
  });

  it('narrows with lower confidence', () => {
    // 90%: z = 1.644854 -> [0.263314, 0.356566] for 81/263 (closed form)
    const ci = wilsonInterval(81, 263, 0.9)!;
    expect(ci.low).toBeCloseTo(0.2633136171884814, 12);
    expect(ci.high).toBeCloseTo(0.35656634960848815, 12);
  });

  it('is null when undefined and rejects a bad confidence', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(11, 10)).toBeNull();
    expect(wilsonInterval(-1, 10)).toBeNull();
    expect(wilsonInterval(NaN, 10)).toBeNull();
    expect(() => wilsonInterval(1, 10, 95)).toThrow(RangeError);
  });
});

describe('npsInterval', () => {
  it('3 promoters, 1 passive, 1 detractor: NPS 40, clamped at 100', () => {
    // p+ = .6, p- = .2; Var = (.8 - .16)/5 = .128; SE = .357771 -> 35.7771 points;
    // 40 ± 1.959964·35.7771 = 40 ± 70.1218 = [-30.1218, 110.12] -> high clamped to 100
    const ci = npsInterval(3, 1, 5)!;
    expect(ci.estimate).toBeCloseTo(40, 12);
    expect(ci.standardError).toBeCloseTo(35.77708763999664, 12);
    expect(ci.low).toBeCloseTo(-30.121803246126518, 10);
    expect(ci.high).toBe(100);
  });

  it('50 promoters, 20 detractors of 100: NPS 30 ± 15.31', () => {
    // Var = (.7 - .09)/100 = .0061; SE = 7.810250 points; 1.959964·7.810250 = 15.307808
    const ci = npsInterval(50, 20, 100)!;
    expect(ci.estimate).toBeCloseTo(30, 12);
    expect(ci.low).toBeCloseTo(14.692191924957326, 10);
    expect(ci.high).toBeCloseTo(45.30780807504267, 10);
  });

  it('all promoters: NPS 100 with a zero-width interval at 100; all detractors: -100', () => {
    expect(npsInterval(20, 0, 20)).toEqual({ estimate: 100, standardError: 0, low: 100, high: 100 });
    expect(npsInterval(0, 20, 20)).toEqual({ estimate: -100, standardError: 0, low: -100, high: -100 });
  });

  it('is null for n = 0 or impossible counts', () => {
    expect(npsInterval(0, 0, 0)).toBeNull();
    expect(npsInterval(6, 5, 10)).toBeNull();
  });
});

describe('meanInterval', () => {
  // x = 2,4,4,4,5,5,7,9: Σx = 40, Σx² = 232, n = 8; mean 5; s² = (232 - 1600/8)/7 = 32/7;
  // SE = sqrt(32/7/8) = 0.755929; t(.975, 7) = 2.364624 (table 2.365) -> 5 ± 1.787488
  it('t interval from additive sums', () => {
    const ci = meanInterval(40, 232, 8)!;
    expect(ci.estimate).toBe(5);
    expect(ci.df).toBe(7);
    expect(ci.standardError).toBeCloseTo(0.7559289460184544, 14);
    expect(ci.low).toBeCloseTo(3.21251208176379, 12);
    expect(ci.high).toBeCloseTo(6.787487918236209, 12);
    expect(meanInterval(40, 232, 8, 0.9)!.low).toBeCloseTo(3.5678331919051978, 12); // t(.95, 7) = 1.894579
  });

  it('guards n < 2 and zero variance lost in rounding', () => {
    expect(meanInterval(5, 25, 1)).toBeNull();
    expect(meanInterval(0, 0, 0)).toBeNull();
    // 1000 values of 4.3: Σx² - (Σx)²/n is rounding noise, possibly negative; the interval is the point
    const { sum, sumOfSquares, n } = sumsOf(new Array(1000).fill(4.3));
    const ci = meanInterval(sum, sumOfSquares, n)!;
    expect(ci.standardError).toBe(0);
    expect(ci.low).toBeCloseTo(4.3, 12);
    expect(ci.high).toBeCloseTo(4.3, 12);
  });
});

describe('sampleVariance', () => {
  it('uses n - 1 and ignores non-finite values in sumsOf()', () => {
    expect(sampleVariance(40, 232, 8)).toBeCloseTo(32 / 7, 14);
    expect(sumsOf([1, NaN, 3, Infinity])).toEqual({ sum: 4, sumOfSquares: 10, n: 2 });
    expect(sampleVariance(4, 10, 2)).toBe(2); // (1-2)² + (3-2)² = 2, over 1
    expect(sampleVariance(3, 9, 1)).toBeNull();
  });
});
