import type { MetricCell, DriverResult, VopUnitResult, VopVsVocResult } from '../api/types';

export const cell = (metric: MetricCell['metric'], value: number | null, n: number, extra: Partial<MetricCell> = {}): MetricCell => ({
  metric,
  value,
  n,
  ciLow: value === null ? null : value - 2,
  ciHigh: value === null ? null : value + 2,
  lowSample: n < 30,
  previousValue: null,
  delta: null,
  pValue: null,
  adjustedPValue: null,
  significant: null,
  ...extra,
});

const unit = (key: string, label: string, vop: number | null, voc: number | null, quadrant: VopUnitResult['quadrant'], gap: number | null, vopN = 60, vocN = 900): VopUnitResult => ({
  key,
  label,
  siteId: key,
  channel: null,
  programId: null,
  vop: cell('MYSTERY_SCORE', vop, vopN),
  voc: cell('CSAT', voc, vocN),
  vopPercentile: gap === null ? null : 50,
  vocPercentile: gap === null ? null : 50 + gap,
  gap,
  quadrant,
});

/** Four sites as in the demo storylines (MNL a blind spot, BOG a hidden strength) and one too small to classify. */
export function vopVsVocFixture(withSeries = false): VopVsVocResult {
  return {
    vop: 'MYSTERY_SCORE',
    voc: 'CSAT',
    unit: 'SITE',
    units: [
      unit('4', 'Manila Ortigas', 93.5, 65.2, 'BLIND_SPOT', -71.4),
      unit('6', 'Bogotá Chapinero', 71.2, 87.1, 'HIDDEN_STRENGTH', 57.1),
      unit('2', 'Kraków Zabłocie', 90.1, 91.7, 'ALIGNED_STRONG', 0),
      unit('3', 'Cairo Smart Village', 74.0, 55.7, 'ALIGNED_WEAK', 14.3),
      unit('9', 'Porto Tiny', 88.0, null, 'INSUFFICIENT_DATA', null, 4, 0),
    ],
    vopMedian: 82,
    vocMedian: 75,
    pearson: { r: 0.12, pValue: 0.78, n: 4 },
    spearman: { r: 0.2, pValue: 0.8, n: 4 },
    classified: 4,
    minVopSample: 10,
    minVocSample: 30,
    timeSeries: withSeries
      ? {
          unitKey: '4',
          label: 'Manila Ortigas',
          points: [
            { bucket: '2026-10-05', vop: cell('MYSTERY_SCORE', 92, 12), voc: cell('CSAT', 66, 210) },
            { bucket: '2026-10-12', vop: cell('MYSTERY_SCORE', 94, 15), voc: cell('CSAT', 64, 220) },
          ],
          lagCorrelations: [
            { lag: -1, r: 0.1, pValue: 0.7, n: 10 },
            { lag: 0, r: 0.3, pValue: 0.2, n: 11 },
            { lag: 1, r: 0.72, pValue: 0.01, n: 10 },
          ],
        }
      : null,
  };
}

export function driversFixture(): DriverResult {
  return {
    target: 'CSAT',
    n: 136,
    rSquared: 0.58,
    drivers: [
      { candidate: 'ASA', n: 136, r: -0.62, rPValue: 0.0001, standardizedBeta: -0.51, betaCiLow: -0.66, betaCiHigh: -0.36, betaPValue: 0.0001, importance: 0.51, rank: 1 },
      { candidate: 'MYSTERY_SCORE', n: 120, r: 0.2, rPValue: 0.03, standardizedBeta: 0.12, betaCiLow: -0.02, betaCiHigh: 0.26, betaPValue: 0.09, importance: 0.12, rank: 2 },
    ],
    excluded: [{ candidate: 'CONVERSION', n: 3, reason: 'fewer than 10 observations' }],
    observations: [
      { unitKey: '4', label: 'Manila Ortigas', bucket: '2026-10-05', target: 66, values: [{ candidate: 'ASA', value: 140 }, { candidate: 'MYSTERY_SCORE', value: 92 }] },
      { unitKey: '6', label: 'Bogotá Chapinero', bucket: '2026-10-05', target: 88, values: [{ candidate: 'ASA', value: 60 }, { candidate: 'MYSTERY_SCORE', value: null }] },
    ],
    itemSeparation: [
      { section: 'Empathy', item: 'Acknowledged the concern', highMean: 0.92, lowMean: 0.61, difference: 0.31, highN: 200, lowN: 180, pValue: 0.0001, adjustedPValue: 0.0004 },
      { section: 'Script', item: 'Used the greeting', highMean: 0.7, lowMean: 0.95, difference: -0.25, highN: 200, lowN: 180, pValue: 0.04, adjustedPValue: 0.12 },
    ],
  };
}
