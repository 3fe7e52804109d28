import { compareMetric } from './compare';
import { ALL, KPI } from './fixtures';

describe('compareMetric', () => {
  it('proportions: two-proportion z on the metric\'s numerator and denominator', () => {
    // CSAT 45/100 vs 30/100: delta 15 points; z² = 4.8 (prop.test, no correction), p = 0.028460
    const result = compareMetric('CSAT', { csat_n: 100, csat_top2: 45 }, { csat_n: 100, csat_top2: 30 });
    expect(result).toEqual({
      current: 45,
      previous: 30,
      delta: expect.closeTo(15, 12),
      pValue: expect.closeTo(0.028459736916310638, 14),
      significant: true,
      lowSample: false,
    });
  });

  it('service level compares with the variant\'s denominator', () => {
    // current 136/190 (after short abandons) vs previous 60/(100 + 20 - 0) = 50%:
    // pooled 196/310; SE = sqrt(.632258·.367742·(1/190 + 1/120)) = .0562254; z = .215789/.0562254 = 3.837939
    const previous = { answered: 100, abandoned: 20, abandoned_short: 0, answered_within_sl: 60 };
    const result = compareMetric('SERVICE_LEVEL', KPI, previous);
    expect(result.delta).toBeCloseTo((100 * 136) / 190 - 50, 12);
    expect(result.pValue).toBeCloseTo(0.00012407130525842567, 12);
    expect(result.significant).toBe(true);
    // IGNORE: 136/170 = 80% vs 60/100 = 60%
    expect(compareMetric('SERVICE_LEVEL', KPI, previous, { serviceLevelAbandons: 'IGNORE' }).delta).toBeCloseTo(20, 12);
  });

  it('NPS: z from the two NPS standard errors', () => {
    // NPS 30 vs 10: z = .2/sqrt(.0061 + .0069) = 1.754116, p = 0.079411 -> not significant at .05
    const result = compareMetric(
      'NPS',
      { nps_n: 100, nps_promoters: 50, nps_detractors: 20 },
      { nps_n: 100, nps_promoters: 40, nps_detractors: 30 },
    );
    expect(result.delta).toBeCloseTo(20, 12);
    expect(result.pValue).toBeCloseTo(0.07941062599894216, 14);
    expect(result.significant).toBe(false);
  });

  it('means: Welch t from sums and sums of squares', () => {
    // ratings 1,2,3 vs 4,5,6: t = -3.674235 on 4 df, p = 0.021312
    const result = compareMetric('CSAT_MEAN', { csat_n: 3, csat_sum: 6, csat_sumsq: 14 }, { csat_n: 3, csat_sum: 15, csat_sumsq: 77 });
    expect(result.delta).toBe(-3);
    expect(result.pValue).toBeCloseTo(0.021311641128756713, 13);
    expect(result.significant).toBe(true);
    expect(result.lowSample).toBe(true);
  });

  it('ratios and counts: a delta but no test', () => {
    const previous = { ...KPI, talk_s: 34000, wait_answered_s: 1700 }; // AHT (34000+3000+8000)/170 = 264.7 s
    for (const id of ['AHT', 'ASA', 'OCCUPANCY', 'OFFERED'] as const) {
      const result = compareMetric(id, KPI, previous);
      expect(result.pValue).toBeNull();
      expect(result.significant).toBe(false);
    }
    expect(compareMetric('AHT', KPI, previous).delta).toBeCloseTo(300 - 45000 / 170, 12);
    expect(compareMetric('ASA', KPI, previous).delta).toBeCloseTo(10, 12);
    expect(compareMetric('OFFERED', KPI, previous).delta).toBe(0);
  });

  it('an empty side gives null previous, delta and p', () => {
    expect(compareMetric('CSAT', ALL, {})).toEqual({
      current: 75,
      previous: null,
      delta: null,
      pValue: null,
      significant: false,
      lowSample: true,
    });
  });

  it('FCR follows the chosen method', () => {
    // CUSTOMER: resolved 4/5 = 80% vs 1/5 = 20%
    const result = compareMetric('FCR', ALL, { resolved_n: 5, resolved_yes: 1 }, { fcrMethod: 'CUSTOMER' });
    expect(result.delta).toBeCloseTo(60, 12);
    // pooled .5; SE = sqrt(.25·.4) = .316228; z = .6/.316228 = 1.897367; p = 0.057780
    expect(result.pValue).toBeCloseTo(0.05777957112359733, 12);
  });
});
