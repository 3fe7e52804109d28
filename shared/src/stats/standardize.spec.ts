import { directStandardize } from './standardize';

describe('directStandardize', () => {
  it('re-weights to the reference mix', () => {
    // org mix voice .5 / chat .3 / email .2; unit CSAT voice 80 (var 4), chat 90 (var 9), email 70 (var 1)
    // value = .5·80 + .3·90 + .2·70 = 40 + 27 + 14 = 81; variance = .25·4 + .09·9 + .04·1 = 1 + .81 + .04 = 1.85
    const result = directStandardize([
      { key: 'VOICE', weight: 0.5, value: 80, variance: 4 },
      { key: 'CHAT', weight: 0.3, value: 90, variance: 9 },
      { key: 'EMAIL', weight: 0.2, value: 70, variance: 1 },
    ]);
    expect(result.value).toBeCloseTo(81, 12);
    expect(result.variance).toBeCloseTo(1.85, 12);
    expect(result.standardError).toBeCloseTo(Math.sqrt(1.85), 12);
    expect(result.coverage).toBe(1);
    expect(result.missing).toEqual([]);
  });

  it('renormalises over the strata the unit has and reports coverage', () => {
    // email missing: weights .6 and .3 of .9 -> value = (48 + 27)/.9 = 83.333…;
    // variance = (.36·4 + .09·9)/.81 = 2.25/.81 = 2.777…; coverage .9
    const result = directStandardize([
      { key: 'VOICE', weight: 0.6, value: 80, variance: 4 },
      { key: 'CHAT', weight: 0.3, value: 90, variance: 9 },
      { key: 'EMAIL', weight: 0.1, value: null },
    ]);
    expect(result.value).toBeCloseTo(75 / 0.9, 12);
    expect(result.variance).toBeCloseTo(2.25 / 0.81, 12);
    expect(result.coverage).toBeCloseTo(0.9, 15);
    expect(result.missing).toEqual(['EMAIL']);
  });

  it('accepts raw counts as weights, leaves variance null when one is unknown, and handles no data', () => {
    const counts = directStandardize([
      { key: 'A', weight: 300, value: 10 },
      { key: 'B', weight: 100, value: 20, variance: 1 },
    ]);
    expect(counts.value).toBeCloseTo(12.5, 12); // (3000 + 2000)/400
    expect(counts.variance).toBeNull();
    const none = directStandardize([{ key: 'A', weight: 1, value: null }]);
    expect(none).toEqual({ value: null, variance: null, standardError: null, coverage: 0, missing: ['A'] });
    expect(directStandardize([]).value).toBeNull();
    expect(() => directStandardize([{ key: 'A', weight: -1, value: 1 }])).toThrow(RangeError);
  });
});
