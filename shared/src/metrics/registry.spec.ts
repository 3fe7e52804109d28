import { METRIC_IDS, isMetricId } from './ids';
import { ALL_PARTS, PARTS_BY_FACT, addParts, factOfPart, isPart } from './parts';
import { METRICS, headlineCsatMetric, metricDefinition } from './registry';
import { requiredParts } from './required-parts';
import { DEFAULT_METRIC_SETTINGS, FCR_METHODS, SERVICE_LEVEL_ABANDONS, resolveMetricSettings } from './settings';

describe('parts', () => {
  it('uses exactly the part names the rollup SQL uses', () => {
    expect(PARTS_BY_FACT.survey).toEqual([
      'responses', 'csat_n', 'csat_top2', 'csat_bottom2', 'csat_sum', 'csat_sumsq', 'nps_n', 'nps_promoters', 'nps_passives',
      'nps_detractors', 'ces_n', 'ces_easy', 'ces_sum', 'ces_sumsq', 'resolved_n', 'resolved_yes',
    ]);
    expect(PARTS_BY_FACT.evaluation).toEqual([
      'ms_n', 'ms_score_sum', 'ms_score_sumsq', 'ms_pass', 'ms_critical_fail', 'qa_n', 'qa_score_sum', 'qa_score_sumsq', 'qa_pass',
      'qa_critical_fail',
    ]);
    expect(PARTS_BY_FACT.kpi).toEqual([
      'intervals', 'offered', 'answered', 'abandoned', 'abandoned_short', 'answered_within_sl', 'wait_answered_s', 'talk_s', 'hold_s',
      'acw_s', 'handled', 'resolved_first_contact', 'repeat_contacts', 'transfers', 'sales_opportunities', 'sales_conversions', 'staffed_s',
    ]);
    expect(new Set(ALL_PARTS).size).toBe(ALL_PARTS.length);
    expect(isPart('csat_n')).toBe(true);
    expect(isPart('csat; drop table')).toBe(false);
    expect(factOfPart('talk_s')).toBe('kpi');
  });

  it('adds slices as SUM() does', () => {
    expect(addParts({ csat_n: 2, csat_top2: 1 }, { csat_n: 3, nps_n: null }, {})).toEqual({ csat_n: 5, csat_top2: 1, nps_n: 0 });
  });
});

describe('registry', () => {
  it('defines every metric id once, in order', () => {
    expect(Object.keys(METRICS)).toEqual([...METRIC_IDS]);
    for (const id of METRIC_IDS) expect(METRICS[id].id).toBe(id);
    expect(METRIC_IDS).toHaveLength(27);
    expect(isMetricId('NPS')).toBe(true);
    expect(isMetricId('nps')).toBe(false);
  });

  it.each(METRIC_IDS)('%s is consistent data', (id) => {
    const d = METRICS[id];
    expect(d.label.length).toBeGreaterThan(0);
    expect(d.labelZh).toMatch(/[\u4e00-\u9fff]/);
    expect(d.description.length).toBeGreaterThan(10);
    for (const part of d.parts) expect(factOfPart(part)).toBe(d.fact);
    for (const part of [...d.sampleSize.add, ...d.sampleSize.subtract]) expect(d.parts).toContain(part);
    const methods = { proportion: ['WILSON', 'TWO_PROPORTION_Z'], mean: ['T_MEAN', 'WELCH_T'], nps: ['NPS_SE', 'NPS_Z'], ratio: ['NONE', 'NONE'], count: ['NONE', 'NONE'] };
    expect([d.ciMethod, d.testMethod]).toEqual(methods[d.kind]);
    if (d.unit === 'PERCENT') expect(d.scale).toEqual({ min: 0, max: 100 });
    if (d.kind === 'count') expect(d.higherIsBetter).toBeNull();
  });

  it('declares the documented formulas', () => {
    expect(METRICS.CSAT.formula).toEqual({ kind: 'proportion', numerator: { add: ['csat_top2'], subtract: [] }, denominator: { add: ['csat_n'], subtract: [] } });
    expect(METRICS.SERVICE_LEVEL.sampleSize).toEqual({ add: ['answered', 'abandoned'], subtract: ['abandoned_short'] });
    expect(METRICS.CRITICAL_FAIL.sampleSize).toEqual({ add: ['ms_n', 'qa_n'], subtract: [] });
    expect(METRICS.NPS).toMatchObject({ unit: 'NPS', scale: { min: -100, max: 100 }, kind: 'nps', parts: ['nps_n', 'nps_promoters', 'nps_detractors'] });
    expect(METRICS.AHT).toMatchObject({ unit: 'SECONDS', kind: 'ratio', parts: ['talk_s', 'hold_s', 'acw_s', 'handled'] });
    expect(METRICS.OCCUPANCY.parts).toEqual(['talk_s', 'hold_s', 'acw_s', 'staffed_s', 'handled']);
  });

  it('resolves variants from settings', () => {
    expect(metricDefinition('FCR', { fcrMethod: 'CUSTOMER' })).toMatchObject({ fact: 'survey', parts: ['resolved_yes', 'resolved_n'] });
    expect(metricDefinition('FCR', { fcrMethod: 'REPEAT_CONTACT' }).parts).toEqual(['handled', 'repeat_contacts']);
    expect(METRICS.FCR).toMatchObject({ fact: 'kpi', parts: ['resolved_first_contact', 'handled'] });
    expect(metricDefinition('SERVICE_LEVEL', { serviceLevelAbandons: 'IGNORE' }).parts).toEqual(['answered_within_sl', 'answered']);
    expect(metricDefinition('QA_SCORE', { scoreCapPct: 120 }).scale).toEqual({ min: 0, max: 120 });
    expect(headlineCsatMetric()).toBe('CSAT');
    expect(headlineCsatMetric({ csatMethod: 'MEAN' })).toBe('CSAT_MEAN');
  });
});

describe('requiredParts', () => {
  it('unions the parts in PARTS_BY_FACT order', () => {
    expect(requiredParts(['NPS', 'CSAT'])).toEqual(['csat_n', 'csat_top2', 'nps_n', 'nps_promoters', 'nps_detractors']);
    expect(requiredParts(['SERVICE_LEVEL', 'ANSWER_RATE'])).toEqual(['offered', 'answered', 'abandoned', 'abandoned_short', 'answered_within_sl']);
    expect(requiredParts([])).toEqual([]);
  });

  it.each([
    ['IGNORE', ['answered', 'answered_within_sl']],
    ['ALL', ['answered', 'abandoned', 'answered_within_sl']],
    ['AFTER_SHORT', ['answered', 'abandoned', 'abandoned_short', 'answered_within_sl']],
  ] as const)('SERVICE_LEVEL under %s', (serviceLevelAbandons, parts) => {
    expect(requiredParts(['SERVICE_LEVEL'], { serviceLevelAbandons })).toEqual(parts);
  });

  it.each([
    ['AGENT', ['handled', 'resolved_first_contact']],
    ['CUSTOMER', ['resolved_n', 'resolved_yes']],
    ['REPEAT_CONTACT', ['handled', 'repeat_contacts']],
  ] as const)('FCR under %s', (fcrMethod, parts) => {
    expect(requiredParts(['FCR'], { fcrMethod })).toEqual(parts);
  });
});

describe('settings', () => {
  it('defaults and validation', () => {
    expect(DEFAULT_METRIC_SETTINGS).toEqual({
      serviceLevelAbandons: 'AFTER_SHORT',
      shortAbandonSeconds: 5,
      fcrMethod: 'AGENT',
      csatMethod: 'TOP2',
      minSample: 30,
      passMarkPct: 80,
      scoreCapPct: 100,
    });
    expect(resolveMetricSettings({ minSample: 50, fcrMethod: undefined })).toEqual({ ...DEFAULT_METRIC_SETTINGS, minSample: 50 });
    expect(SERVICE_LEVEL_ABANDONS).toContain(DEFAULT_METRIC_SETTINGS.serviceLevelAbandons);
    expect(FCR_METHODS).toContain(DEFAULT_METRIC_SETTINGS.fcrMethod);
    expect(() => resolveMetricSettings({ scoreCapPct: 70 })).toThrow(/scoreCapPct/); // below the pass mark
    expect(() => resolveMetricSettings({ shortAbandonSeconds: NaN })).toThrow(/shortAbandonSeconds/);
  });
});
