import type { MetricId } from '@cxlens/shared';

/** The Overview tiles, in the order the summary API returns its default tiles. */
export const TILE_METRICS: readonly MetricId[] = ['CSAT', 'DSAT', 'NPS', 'CES', 'RESOLVED', 'SERVICE_LEVEL', 'ASA', 'AHT', 'ABANDON_RATE', 'FCR'];

/** Metrics a trend, ranking or breakdown can show. */
export const CHARTABLE_METRICS: readonly MetricId[] = [
  ...TILE_METRICS,
  'MYSTERY_SCORE',
  'QA_SCORE',
  'MYSTERY_PASS',
  'QA_PASS',
  'CRITICAL_FAIL',
  'ANSWER_RATE',
  'TRANSFER_RATE',
  'CONVERSION',
];

/** The columns of the sites and channels comparison tables. */
export const COMPARISON_METRICS: readonly MetricId[] = ['CSAT', 'NPS', 'CES', 'SERVICE_LEVEL', 'ASA', 'AHT', 'ABANDON_RATE', 'FCR'];

/** Voice of the process: evaluations and operational KPIs. */
export const VOP_CHOICES: readonly MetricId[] = [
  'MYSTERY_SCORE',
  'QA_SCORE',
  'MYSTERY_PASS',
  'QA_PASS',
  'SERVICE_LEVEL',
  'ASA',
  'AHT',
  'ABANDON_RATE',
  'FCR',
  'TRANSFER_RATE',
];

/** Voice of the customer. */
export const VOC_CHOICES: readonly MetricId[] = ['CSAT', 'NPS', 'CES', 'RESOLVED'];

export const DRIVER_TARGETS: readonly MetricId[] = ['CSAT', 'NPS', 'CES', 'RESOLVED', 'DSAT'];
