import { MetricResult } from '@cxlens/shared';
import { classifyUnits, UnitVoices } from './quadrants';

const result = (value: number | null, n: number): MetricResult => ({ value, n, ciLow: null, ciHigh: null, standardError: null, lowSample: false });
const unit = (key: string, vop: number, voc: number, vopN = 20, vocN = 200): UnitVoices => ({ key, vop: result(vop, vopN), voc: result(voc, vocN) });
const options = { vopHigherIsBetter: true, vocHigherIsBetter: true, minVopN: 10, minVocN: 30 };

describe('classifyUnits', () => {
  it('classes a site whose process scores are top but whose customers are unhappy as a blind spot', () => {
    const units = [unit('A', 95, 60), unit('B', 70, 85), unit('C', 90, 88), unit('D', 65, 62)];
    const { units: out } = classifyUnits(units, options);
    const byKey = Object.fromEntries(out.map((u) => [u.key, u]));
    // VOP ranks: D 65 < B 70 < C 90 < A 95 → percentiles 12.5, 37.5, 62.5, 87.5; VOC: A 60 < D 62 < B 85 < C 88.
    expect(byKey.A).toMatchObject({ quadrant: 'BLIND_SPOT', vopPercentile: 87.5, vocPercentile: 12.5, gap: -75 });
    expect(byKey.B).toMatchObject({ quadrant: 'HIDDEN_STRENGTH', vopPercentile: 37.5, vocPercentile: 62.5, gap: 25 });
    expect(byKey.C.quadrant).toBe('ALIGNED_STRONG');
    expect(byKey.D.quadrant).toBe('ALIGNED_WEAK');
  });

  it('never classes a unit with too few evaluations or responses: insufficient data', () => {
    const units = [unit('A', 95, 60, 9), unit('B', 70, 85, 20, 29), unit('C', 90, 88), unit('D', 65, 62), unit('E', 50, null as unknown as number)];
    units[4].voc = result(null, 0);
    const analysis = classifyUnits(units, options);
    expect(analysis.units.filter((u) => u.quadrant === 'INSUFFICIENT_DATA').map((u) => u.key)).toEqual(['A', 'B', 'E']);
    expect(analysis.units.find((u) => u.key === 'A')).toMatchObject({ vopPercentile: null, vocPercentile: null, gap: null });
    expect(analysis.classified).toBe(2);
  });

  it('orients metrics where lower is better (a short ASA is a good process)', () => {
    const units = [unit('fast', 10, 90), unit('slow', 120, 50)];
    const { units: out } = classifyUnits(units, { ...options, vopHigherIsBetter: false });
    expect(out.map((u) => u.quadrant)).toEqual(['ALIGNED_STRONG', 'ALIGNED_WEAK']);
  });

  it('gives r = 1 for perfectly linearly related voices, with medians of the raw values', () => {
    const units = [1, 2, 3, 4, 5].map((i) => unit(`u${i}`, 60 + 5 * i, 20 + 10 * i));
    const analysis = classifyUnits(units, options);
    expect(analysis.pearson?.r).toBeCloseTo(1, 12);
    expect(analysis.pearson?.pValue).toBe(0);
    expect(analysis.spearman?.r).toBeCloseTo(1, 12);
    expect(analysis.vopMedian).toBe(75);
    expect(analysis.vocMedian).toBe(50);
  });
});
