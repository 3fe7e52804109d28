import { lagCorrelation, pearson, spearman } from './correlation';
import { averageRanks, percentileRank } from './ranks';

// Anscombe (1973), data set I: r = 0.816 (all four sets share it).
const ANSCOMBE_X = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const ANSCOMBE_Y1 = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

describe('pearson', () => {
  it('Anscombe I: r = 0.81642, p = 0.00217 (R cor.test)', () => {
    const result = pearson(ANSCOMBE_X, ANSCOMBE_Y1)!;
    expect(result.r).toBeCloseTo(0.8164205163448399, 14);
    expect(result.pValue).toBeCloseTo(0.0021696288730788, 13);
    expect(result.n).toBe(11);
  });

  it('hand-computed: Sxy = 10.5, Sxx = Syy = 17.5 -> r = .6, t = 1.5 on 4 df, p = .208', () => {
    const result = pearson([1, 3, 2, 5, 4, 6], [0, 1, 3, 2, 5, 4])!;
    expect(result.r).toBeCloseTo(0.6, 15);
    expect(result.pValue).toBeCloseTo(0.208, 13);
  });

  it('perfect correlation gives p = 0; undefined cases give null', () => {
    expect(pearson([1, 2, 3, 4], [3, 5, 7, 9])).toEqual({ r: 1, pValue: 0, n: 4 });
    expect(pearson([1, 2, 3, 4], [9, 7, 5, 3])).toEqual({ r: -1, pValue: 0, n: 4 });
    expect(pearson([1, 2], [3, 4])).toBeNull();
    expect(pearson([0.1, 0.1, 0.1, 0.1], [1, 2, 3, 4])).toBeNull();
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(RangeError);
  });

  it('drops incomplete pairs', () => {
    // pairs (1,0) (2,NaN) (3,1) (NaN,3) (2,3): complete x = 1,3,2 and y = 0,1,3
    const result = pearson([1, 2, 3, NaN, 2], [0, NaN, 1, 3, 3])!;
    expect(result.n).toBe(3);
    expect(result.r).toBeCloseTo(pearson([1, 3, 2], [0, 1, 3])!.r, 15);
  });
});

describe('spearman', () => {
  it('Wikipedia "Spearman\'s rank correlation coefficient" IQ vs TV hours: ρ = -29/165, p = 0.627188', () => {
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    const result = spearman(iq, tv)!;
    expect(result.r).toBeCloseTo(-29 / 165, 14);
    expect(result.pValue).toBeCloseTo(0.627188, 6);
  });

  it('averages tied ranks', () => {
    // ranks x: 1, 2.5, 2.5, 4; y: 1, 3, 2, 4 -> Sxy = 4.5, Sxx = 4.5, Syy = 5 -> ρ = 4.5/sqrt(22.5)
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])!.r).toBeCloseTo(4.5 / Math.sqrt(22.5), 14);
    // monotone but non-linear: ρ = 1
    expect(spearman([1, 2, 3, 4, 5], [1, 8, 27, 64, 125])!.r).toBe(1);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});

describe('lagCorrelation', () => {
  it('finds the lag at which x leads y', () => {
    // y[t + 1] = x[t]
    const x = [1, 3, 2, 5, 4, 6];
    const y = [0, 1, 3, 2, 5, 4];
    const lags = lagCorrelation(x, y, 2);
    expect(lags.map((l) => l.lag)).toEqual([-2, -1, 0, 1, 2]);
    expect(lags.map((l) => l.n)).toEqual([4, 5, 6, 5, 4]);
    expect(lags[3].r).toBeCloseTo(1, 15); // lag 1: x[0..4] vs y[1..5], identical
    expect(lags[3].pValue).toBe(0);
    expect(lags[2].r).toBeCloseTo(0.6, 15); // lag 0 (hand, above)
    // lag -1: x[1..5] = 3,2,5,4,6 vs y[0..4] = 0,1,3,2,5 -> scipy pearsonr 0.904194
    expect(lags[1].r).toBeCloseTo(0.9041944301794651, 14);
    // lag 2: x[0..3] = 1,3,2,5 vs y[2..5] = 3,2,5,4 -> Sxy = .5, Sxx = 8.75, Syy = 5 -> r = .075593
    expect(lags[4].r).toBeCloseTo(0.5 / Math.sqrt(8.75 * 5), 14);
  });

  it('reports null r when the overlap is too short', () => {
    const lags = lagCorrelation([1, 2, 3], [3, 1, 2], 2);
    expect(lags[0]).toEqual({ lag: -2, r: null, pValue: null, n: 1 });
    expect(lags[4]).toEqual({ lag: 2, r: null, pValue: null, n: 1 });
    expect(() => lagCorrelation([1], [1], -1)).toThrow(RangeError);
  });
});

describe('ranks', () => {
  it('average ranks and mid-rank percentiles', () => {
    expect(averageRanks([30, 10, 20, 20])).toEqual([4, 1, 2.5, 2.5]);
    // below + half equal over n: 10 -> .5/4, 20 -> (1 + 1)/4, 30 -> 3.5/4
    expect(percentileRank([10, 20, 20, 30])).toEqual([12.5, 50, 50, 87.5]);
    expect(percentileRank([5])).toEqual([50]);
    expect(percentileRank([7, 7, 7])).toEqual([50, 50, 50]);
    expect(percentileRank([1, NaN, 2])).toEqual([25, NaN, 75]);
  });
});
