import { resolveMetricSettings } from '@cxlens/shared';
import { formulaText } from './formula-text';
import { definitionsInForce } from './metric-definitions';
import { settingEffects, storedOverrides, validatedChanges } from './settings-changes';

describe('metric definitions in force', () => {
  it('writes each formula over the additive parts', () => {
    const byId = Object.fromEntries(definitionsInForce(resolveMetricSettings()).map((d) => [d.id, d]));
    expect(byId.CSAT.formula).toBe('100 × csat_top2 ÷ csat_n');
    expect(byId.NPS.formula).toBe('100 × (nps_promoters − nps_detractors) ÷ nps_n');
    expect(byId.CES.formula).toBe('ces_sum ÷ ces_n');
    expect(byId.SERVICE_LEVEL.formula).toBe('100 × answered_within_sl ÷ (answered + abandoned − abandoned_short)');
    expect(byId.AHT.formula).toBe('(talk_s + hold_s + acw_s) ÷ handled');
    expect(byId.OCCUPANCY.formula).toBe('100 × (talk_s + hold_s + acw_s) ÷ staffed_s');
    expect(byId.RESPONSES.formula).toBe('Σ responses');
    expect(byId.CSAT).toMatchObject({ unit: 'PERCENT', ciMethod: 'WILSON', testMethod: 'TWO_PROPORTION_Z', higherIsBetter: true, decimals: 1 });
  });

  it('follows the variants chosen', () => {
    const byId = Object.fromEntries(
      definitionsInForce(resolveMetricSettings({ serviceLevelAbandons: 'IGNORE', fcrMethod: 'REPEAT_CONTACT' })).map((d) => [d.id, d]),
    );
    expect(byId.SERVICE_LEVEL.formula).toBe('100 × answered_within_sl ÷ answered');
    expect(byId.FCR.formula).toBe('100 × (handled − repeat_contacts) ÷ handled');
    expect(byId.FCR.variant).toBe('FCR = (handled − repeat contacts) ÷ handled contacts.');
  });

  it('shows every formula kind', () => {
    expect(formulaText({ kind: 'count', count: 'offered' })).toBe('Σ offered');
  });
});

describe('metric settings changes', () => {
  it('keeps only the settings given, validated with what is stored', () => {
    expect(validatedChanges({ minSample: 50 }, { fcrMethod: 'CUSTOMER', csatMethod: undefined })).toEqual({ fcrMethod: 'CUSTOMER' });
    expect(() => validatedChanges({ passMarkPct: 90 }, { scoreCapPct: 85 })).toThrow('metric setting scoreCapPct must be a number >= 90, got 85');
    expect(() => validatedChanges({}, { minSample: -1 })).toThrow('metric setting minSample must be a number >= 0, got -1');
  });

  it('treats a stored value that is not an object as no overrides', () => {
    expect(storedOverrides(null)).toEqual({});
    expect(storedOverrides([1])).toEqual({});
    expect(storedOverrides({ minSample: 10, retiredSetting: true })).toEqual({ minSample: 10 });
  });

  it('says that thresholds applied at import only change data imported from now on', () => {
    const before = resolveMetricSettings();
    const effects = settingEffects(before, resolveMetricSettings({ passMarkPct: 85, minSample: 50 }));
    expect(effects).toHaveLength(2);
    expect(effects[0]).toMatch(/^minSample applies when metrics are computed/);
    expect(effects[1]).toMatch(/^Pass or fail is decided when an evaluation is imported/);
    expect(settingEffects(before, before)).toEqual([]);
  });
});
