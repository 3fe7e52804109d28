import { sumsOf } from './moments';
import { npsDifferenceTest, twoProportionZTest, welchTTest } from './hypothesis-tests';

describe('twoProportionZTest', () => {
  it('45/100 vs 30/100', () => {
    // pooled p = .375; SE = sqrt(.375·.625·(1/100 + 1/100)) = .0684653; z = .15/.0684653 = 2.190890
    // z² = .0225/.0046875 = 4.8 exactly = R's prop.test(c(45,30), c(100,100), correct = FALSE) X-squared; p = 0.02846
    const result = twoProportionZTest(45, 100, 30, 100)!;
    expect(result.statistic).toBeCloseTo(Math.sqrt(4.8), 14);
    expect(result.pValue).toBeCloseTo(0.028459736916310638, 14);
    expect(twoProportionZTest(30, 100, 45, 100)!.statistic).toBeCloseTo(-Math.sqrt(4.8), 14);
  });

  it('is null when a side is empty or the pooled rate is 0 or 1', () => {
    expect(twoProportionZTest(0, 0, 3, 10)).toBeNull();
    expect(twoProportionZTest(0, 10, 0, 20)).toBeNull();
    expect(twoProportionZTest(10, 10, 5, 5)).toBeNull();
    expect(twoProportionZTest(11, 10, 5, 10)).toBeNull();
  });
});

describe('npsDifferenceTest', () => {
  it('NPS 30 (50/20 of 100) vs NPS 10 (40/30 of 100)', () => {
    // Var_a = (.5 + .2 - .3²)/100 = .0061; Var_b = (.4 + .3 - .1²)/100 = .0069
    // z = .2 / sqrt(.013) = 1.754116; p = 2(1 - Φ(1.754116)) = 0.079411
    const result = npsDifferenceTest({ promoters: 50, detractors: 20, n: 100 }, { promoters: 40, detractors: 30, n: 100 })!;
    expect(result.statistic).toBeCloseTo(1.7541160386140586, 14);
    expect(result.pValue).toBeCloseTo(0.07941062599894216, 14);
  });

  it('works when one side has zero variance, null when both do or a side is empty', () => {
    // all 10 promoters (Var 0) vs 5/2 of 10 (NPS 30, Var = (.7 - .09)/10 = .061): z = .7/sqrt(.061) = 2.834181
    expect(npsDifferenceTest({ promoters: 10, detractors: 0, n: 10 }, { promoters: 5, detractors: 2, n: 10 })!.statistic).toBeCloseTo(
      0.7 / Math.sqrt(0.061),
      12,
    );
    expect(npsDifferenceTest({ promoters: 10, detractors: 0, n: 10 }, { promoters: 0, detractors: 5, n: 5 })).toBeNull();
    expect(npsDifferenceTest({ promoters: 0, detractors: 0, n: 0 }, { promoters: 5, detractors: 2, n: 10 })).toBeNull();
  });
});

describe('welchTTest', () => {
  it('Wikipedia "Welch\'s t-test" example 1: t = -2.46, df = 25.0, p = 0.021', () => {
    const a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
    const a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
    const result = welchTTest(sumsOf(a1), sumsOf(a2))!;
    // full precision from scipy.stats.ttest_ind(a1, a2, equal_var=False)
    expect(result.statistic).toBeCloseTo(-2.455356398286006, 12);
    expect(result.df).toBeCloseTo(24.988529290231416, 10);
    expect(result.pValue).toBeCloseTo(0.021378001462866992, 12);
  });

  it('1,2,3 vs 4,5,6 by hand', () => {
    // means 2 and 5, s² = 1 each; SE² = 1/3 + 1/3; t = -3/sqrt(2/3) = -3.674235;
    // df = (2/3)² / ((1/3)²/2 + (1/3)²/2) = 4; p = 2·pt(-3.674235, 4) = 0.021312
    const result = welchTTest({ sum: 6, sumOfSquares: 14, n: 3 }, { sum: 15, sumOfSquares: 77, n: 3 })!;
    expect(result.statistic).toBeCloseTo(-3.6742346141747673, 13);
    expect(result.df).toBeCloseTo(4, 13);
    expect(result.pValue).toBeCloseTo(0.021311641128756713, 13);
  });

  it('one constant side keeps the other side\'s df; null when both are constant or n < 2', () => {
    // 6,6,6 vs 3..7: SE² = 0 + 2.5/5 = .5; t = 1/sqrt(.5) = 1.414214; df = .25/(.25/4) = 4; p = 0.230200
    const result = welchTTest(sumsOf([6, 6, 6]), sumsOf([3, 4, 5, 6, 7]))!;
    expect(result.statistic).toBeCloseTo(Math.SQRT2, 13);
    expect(result.df).toBeCloseTo(4, 13);
    expect(result.pValue).toBeCloseTo(0.23019964108049873, 12);
    expect(welchTTest(sumsOf([2, 2, 2]), sumsOf([3, 3]))).toBeNull();
    expect(welchTTest(sumsOf([2]), sumsOf([3, 4, 5]))).toBeNull();
    expect(welchTTest(sumsOf([]), sumsOf([3, 4, 5]))).toBeNull();
  });
});
