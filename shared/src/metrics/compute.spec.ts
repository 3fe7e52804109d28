import { computeMetric } from './compute';
import { ALL } from './fixtures';
import { MetricId } from './ids';

describe('computeMetric on the hand-built fixtures (default settings)', () => {
  it.each<[MetricId, number, number, string]>([
    ['CSAT', 75, 8, '6 of 8 rated 4–5'],
    ['CSAT_MEAN', 3.875, 8, '31 / 8'],
    ['DSAT', 12.5, 8, '1 of 8 rated 1–2'],
    ['NPS', 40, 5, '3 promoters, 1 passive, 1 detractor: 60% - 20%'],
    ['PROMOTERS', 60, 5, '3 / 5'],
    ['PASSIVES', 20, 5, '1 / 5'],
    ['DETRACTORS', 20, 5, '1 / 5'],
    ['CES', 5.25, 4, '21 / 4'],
    ['CES_EASY', 75, 4, '3 / 4'],
    ['RESOLVED', 80, 5, '4 / 5'],
    ['RESPONSES', 10, 10, 'count'],
    ['MYSTERY_SCORE', 86.25, 4, '345 / 4'],
    ['QA_SCORE', 235 / 3, 3, '235 / 3 = 78.33'],
    ['MYSTERY_PASS', 75, 4, '3 / 4'],
    ['QA_PASS', 200 / 3, 3, '2 / 3 = 66.67%'],
    ['CRITICAL_FAIL', 100 / 7, 7, '(1 + 0) / (4 + 3) = 14.29%'],
    ['SERVICE_LEVEL', (100 * 136) / 190, 190, '136 / (170 + 30 - 10) = 71.58%'],
    ['ANSWER_RATE', 85, 200, '170 / 200'],
    ['ABANDON_RATE', (100 * 20) / 190, 190, '(30 - 10) / (200 - 10) = 10.53%'],
    ['ASA', 20, 170, '3400 s / 170'],
    ['AHT', 300, 170, '(40000 + 3000 + 8000) s / 170'],
    ['FCR', 70, 170, '119 / 170 (AGENT)'],
    ['TRANSFER_RATE', 10, 170, '17 / 170'],
    ['CONVERSION', 24, 50, '12 / 50'],
    ['OCCUPANCY', (100 * 51000) / 72000, 170, '51000 / 72000 = 70.83%'],
    ['OFFERED', 200, 200, 'count'],
    ['HANDLED', 170, 170, 'count'],
  ])('%s = %p (n = %p): %s', (id, value, n) => {
    const result = computeMetric(id, ALL);
    expect(result.value).toBeCloseTo(value, 12);
    expect(result.n).toBe(n);
  });

  it('proportions carry a Wilson interval in percent', () => {
    // 6/8: Wilson 95% = [40.9275, 92.8521] (closed form, z = 1.959964)
    const csat = computeMetric('CSAT', ALL);
    expect(csat.ciLow).toBeCloseTo(40.92754303101688, 10);
    expect(csat.ciHigh).toBeCloseTo(92.8520787247891, 10);
    expect(csat.standardError).toBeCloseTo(100 * Math.sqrt((0.75 * 0.25) / 8), 12); // Wald SE 15.31
    // 136/190 -> [64.7875, 77.5152]
    const sl = computeMetric('SERVICE_LEVEL', ALL);
    expect(sl.ciLow).toBeCloseTo(64.78745105557385, 10);
    expect(sl.ciHigh).toBeCloseTo(77.51516083090141, 10);
  });

  it('means carry a t interval, cut at the ends of the scale', () => {
    // CSAT mean: s² = (133 - 31²/8)/7 = 1.839286, SE = .479490, t(.975, 7) = 2.364624
    // -> [2.741186, 5.008814]; the upper end is cut at 5, the top of the 1–5 scale
    const mean = computeMetric('CSAT_MEAN', ALL);
    expect(mean.ciLow).toBeCloseTo(2.7411861839942677, 10);
    expect(mean.ciHigh).toBe(5);
    expect(mean.standardError).toBeCloseTo(0.479490056503484, 12);
    // Mystery score: s² = (30225 - 345²/4)/3 = 156.25, SE = 6.25, t(.975, 3) = 3.182446
    // -> [66.3597, 106.1403], cut at the 100% score cap
    const ms = computeMetric('MYSTERY_SCORE', ALL);
    expect(ms.ciLow).toBeCloseTo(66.35971059197684, 10);
    expect(ms.ciHigh).toBe(100);
    // with a 110% cap (bonus points) the interval may reach past 100
    expect(computeMetric('MYSTERY_SCORE', ALL, { scoreCapPct: 110 }).ciHigh).toBeCloseTo(106.14028940802316, 10);
  });

  it('NPS carries the Wald interval, clamped to [-100, 100]', () => {
    // SE = sqrt((.8 - .16)/5) = 35.777 points; 40 ± 70.122 -> [-30.12, 100]
    const nps = computeMetric('NPS', ALL);
    expect(nps.ciLow).toBeCloseTo(-30.121803246126518, 10);
    expect(nps.ciHigh).toBe(100);
    expect(nps.standardError).toBeCloseTo(35.77708763999664, 10);
  });

  it('ratios and counts have no interval; counts are never low-sample', () => {
    for (const id of ['ASA', 'AHT', 'OCCUPANCY', 'RESPONSES', 'OFFERED'] as const) {
      const result = computeMetric(id, ALL);
      expect([result.ciLow, result.ciHigh, result.standardError]).toEqual([null, null, null]);
    }
    expect(computeMetric('RESPONSES', ALL).lowSample).toBe(false);
  });

  it('flags n below minSample', () => {
    expect(computeMetric('CSAT', ALL).lowSample).toBe(true); // 8 < 30
    expect(computeMetric('CSAT', ALL, { minSample: 8 }).lowSample).toBe(false);
    expect(computeMetric('SERVICE_LEVEL', ALL).lowSample).toBe(false); // 190
  });
});

describe('computeMetric edge cases', () => {
  it('zero denominators give null, not 0 or NaN', () => {
    for (const id of ['CSAT', 'CSAT_MEAN', 'NPS', 'SERVICE_LEVEL', 'ASA', 'AHT', 'OCCUPANCY', 'FCR', 'CRITICAL_FAIL'] as const) {
      expect(computeMetric(id, {})).toEqual({ value: null, n: 0, ciLow: null, ciHigh: null, standardError: null, lowSample: true });
    }
    expect(computeMetric('RESPONSES', {}).value).toBe(0);
    expect(computeMetric('CSAT', { csat_n: null, csat_top2: null }).value).toBeNull(); // SQL SUM over no rows
  });

  it('all promoters: NPS 100 with the interval pinned at 100', () => {
    const result = computeMetric('NPS', { nps_n: 40, nps_promoters: 40, nps_passives: 0, nps_detractors: 0 });
    expect(result).toMatchObject({ value: 100, n: 40, ciHigh: 100, ciLow: 100, lowSample: false });
  });

  it('only abandons: 10 offered, none answered', () => {
    const parts = { offered: 10, answered: 0, abandoned: 10, abandoned_short: 0, answered_within_sl: 0, handled: 0 };
    expect(computeMetric('SERVICE_LEVEL', parts).value).toBe(0); // 0 / (0 + 10 - 0)
    expect(computeMetric('SERVICE_LEVEL', parts).ciHigh).toBeCloseTo(27.75327998628892, 10); // Wilson 0/10
    expect(computeMetric('SERVICE_LEVEL', parts, { serviceLevelAbandons: 'IGNORE' }).value).toBeNull(); // 0 / 0 answered
    expect(computeMetric('ANSWER_RATE', parts).value).toBe(0);
    expect(computeMetric('ABANDON_RATE', parts).value).toBe(100); // 10 / 10
    expect(computeMetric('ASA', parts).value).toBeNull();
    expect(computeMetric('AHT', parts).value).toBeNull();
  });

  it('short abandons are excluded from abandon rate and service level', () => {
    // 12 offered: 2 answered within SL, 10 abandoned of which 8 within 5 s
    const parts = { offered: 12, answered: 2, abandoned: 10, abandoned_short: 8, answered_within_sl: 2 };
    expect(computeMetric('ABANDON_RATE', parts).value).toBeCloseTo(50, 12); // (10 - 8) / (12 - 8)
    expect(computeMetric('SERVICE_LEVEL', parts).value).toBeCloseTo(50, 12); // 2 / (2 + 10 - 8)
    expect(computeMetric('SERVICE_LEVEL', parts, { serviceLevelAbandons: 'ALL' }).value).toBeCloseTo(100 / 6, 12); // 2 / 12
    const allShort = { offered: 10, answered: 0, abandoned: 10, abandoned_short: 10, answered_within_sl: 0 };
    expect(computeMetric('ABANDON_RATE', allShort).value).toBeNull(); // 0 / 0
    expect(computeMetric('SERVICE_LEVEL', allShort).value).toBeNull();
  });

  it('impossible counts still give a value but no interval', () => {
    // more answered within SL than answered: a data error, surfaced rather than hidden
    const result = computeMetric('SERVICE_LEVEL', { answered: 5, answered_within_sl: 6 }, { serviceLevelAbandons: 'IGNORE' });
    expect(result.value).toBeCloseTo(120, 12);
    expect(result.ciLow).toBeNull();
  });

  it('rejects parts that are not numbers', () => {
    expect(() => computeMetric('CSAT', { csat_n: '8' as unknown as number })).toThrow(/csat_n/);
    expect(() => computeMetric('CSAT', { csat_n: NaN })).toThrow(TypeError);
  });
});

describe('computeMetric variants', () => {
  it.each([
    ['IGNORE', 80, 170, '136 / 170'],
    ['ALL', 68, 200, '136 / (170 + 30)'],
    ['AFTER_SHORT', (100 * 136) / 190, 190, '136 / (170 + 30 - 10)'],
  ] as const)('SERVICE_LEVEL %s = %p (n = %p): %s', (serviceLevelAbandons, value, n, _why) => {
    expect(computeMetric('SERVICE_LEVEL', ALL, { serviceLevelAbandons })).toMatchObject({ value: expect.closeTo(value, 12), n });
  });

  it.each([
    ['AGENT', 70, 170, '119 / 170'],
    ['CUSTOMER', 80, 5, 'survey: 4 / 5'],
    ['REPEAT_CONTACT', 80, 170, '(170 - 34) / 170'],
  ] as const)('FCR %s = %p (n = %p): %s', (fcrMethod, value, n, _why) => {
    expect(computeMetric('FCR', ALL, { fcrMethod })).toMatchObject({ value: expect.closeTo(value, 12), n });
  });

  it('rejects unknown or invalid settings', () => {
    expect(() => computeMetric('FCR', ALL, { fcrMethod: 'SURVEY' as never })).toThrow(/fcrMethod/);
    expect(() => computeMetric('CSAT', ALL, { minSample: -1 })).toThrow(/minSample/);
    expect(() => computeMetric('CSAT', ALL, { minSampel: 3 } as never)).toThrow(/unknown metric setting minSampel/);
  });
});
