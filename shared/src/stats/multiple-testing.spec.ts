import { benjaminiHochberg } from './multiple-testing';

describe('benjaminiHochberg (R p.adjust method "BH")', () => {
  it('small vector by hand, returned in input order', () => {
    // sorted .005 .01 .03 .04 -> (4/i)·p = .02 .02 .04 .04 -> running min from the top: .02 .02 .04 .04
    expect(benjaminiHochberg([0.01, 0.04, 0.03, 0.005])).toEqual([
      expect.closeTo(0.02, 15),
      expect.closeTo(0.04, 15),
      expect.closeTo(0.04, 15),
      expect.closeTo(0.02, 15),
    ]);
  });

  it('enforces monotonicity (step-up)', () => {
    // (5/i)·p = .05 .05 .05 .05 .05; and .01 .02 .03 .04 .05 shuffled keeps positions
    expect(benjaminiHochberg([0.05, 0.01, 0.03, 0.02, 0.04]).map((p) => +p.toFixed(12))).toEqual([0.05, 0.05, 0.05, 0.05, 0.05]);
  });

  it('Benjamini & Hochberg (1995) §4 example: 15 p-values, 4 rejected at q = .05', () => {
    const p = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1];
    // (15/i)·p_i then running minimum from i = 15 down (hand):
    const expected = [
      0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0638571428571, 0.0638571428571, 0.0645, 0.0765, 0.486, 0.5811818181818,
      0.714875, 0.7532307692308, 0.8132142857143, 1,
    ];
    const adjusted = benjaminiHochberg(p);
    adjusted.forEach((a, i) => expect(a).toBeCloseTo(expected[i], 12));
    expect(adjusted.filter((a) => a <= 0.05)).toHaveLength(4);
  });

  it('caps at 1, keeps NaN out of m, handles empty input', () => {
    expect(benjaminiHochberg([1.2, 0.5])).toEqual([1, 1]); // 2·.5 = 1; 1.2 capped
    // m = 2 (NaN ignored): .01·2 = .02, .04
    expect(benjaminiHochberg([0.01, NaN, 0.04])).toEqual([expect.closeTo(0.02, 15), NaN, expect.closeTo(0.04, 15)]);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});
