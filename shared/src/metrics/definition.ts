import { Fact, Part } from './parts';
import { Formula, LinearForm, MetricKind, formulaParts, sampleSizeForm } from './formula';
import { MetricId } from './ids';

export const METRIC_UNITS = ['PERCENT', 'SCORE', 'NPS', 'SECONDS', 'COUNT'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

export const CI_METHODS = ['WILSON', 'NPS_SE', 'T_MEAN', 'NONE'] as const;
export type CiMethod = (typeof CI_METHODS)[number];

export const TEST_METHODS = ['TWO_PROPORTION_Z', 'NPS_Z', 'WELCH_T', 'NONE'] as const;
export type TestMethod = (typeof TEST_METHODS)[number];

/** Voice of customer (surveys), voice of process (evaluations), contact-centre KPIs. */
export type MetricDomain = 'VOC' | 'VOP' | 'KPI';

export interface MetricDefinition {
  readonly id: MetricId;
  readonly domain: MetricDomain;
  readonly label: string;
  readonly labelZh: string;
  readonly description: string;
  readonly unit: MetricUnit;
  /** Display range; max null when unbounded (seconds, counts). */
  readonly scale: { readonly min: number; readonly max: number | null };
  readonly decimals: number;
  /** Direction of "good"; null where no direction is right (volumes, target bands). */
  readonly higherIsBetter: boolean | null;
  readonly fact: Fact;
  readonly kind: MetricKind;
  /** Parts the formula reads. */
  readonly parts: readonly Part[];
  readonly ciMethod: CiMethod;
  readonly testMethod: TestMethod;
  /** Parts whose sum is the metric's n (e.g. answered + abandoned - abandoned_short). */
  readonly sampleSize: LinearForm;
  readonly formula: Formula;
}

type DefinitionInput = Omit<MetricDefinition, 'kind' | 'parts' | 'ciMethod' | 'testMethod' | 'sampleSize'>;

const METHODS: Record<MetricKind, { ciMethod: CiMethod; testMethod: TestMethod }> = {
  proportion: { ciMethod: 'WILSON', testMethod: 'TWO_PROPORTION_Z' },
  mean: { ciMethod: 'T_MEAN', testMethod: 'WELCH_T' },
  nps: { ciMethod: 'NPS_SE', testMethod: 'NPS_Z' },
  // Sums of durations have no per-contact variance in the rollups, so no interval or test.
  ratio: { ciMethod: 'NONE', testMethod: 'NONE' },
  count: { ciMethod: 'NONE', testMethod: 'NONE' },
};

/** A definition with its derived fields (kind, parts, methods, n) filled from the formula. */
export function defineMetric(input: DefinitionInput): MetricDefinition {
  return Object.freeze({
    ...input,
    kind: input.formula.kind,
    parts: formulaParts(input.formula),
    ...METHODS[input.formula.kind],
    sampleSize: sampleSizeForm(input.formula),
  });
}
