export const METRIC_IDS = [
  // voice of customer (survey)
  'CSAT',
  'CSAT_MEAN',
  'DSAT',
  'NPS',
  'PROMOTERS',
  'PASSIVES',
  'DETRACTORS',
  'CES',
  'CES_EASY',
  'RESOLVED',
  'RESPONSES',
  // voice of process (evaluation)
  'MYSTERY_SCORE',
  'QA_SCORE',
  'MYSTERY_PASS',
  'QA_PASS',
  'CRITICAL_FAIL',
  // contact-centre KPIs
  'SERVICE_LEVEL',
  'ANSWER_RATE',
  'ABANDON_RATE',
  'ASA',
  'AHT',
  'FCR',
  'TRANSFER_RATE',
  'CONVERSION',
  'OCCUPANCY',
  'OFFERED',
  'HANDLED',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

export function isMetricId(value: unknown): value is MetricId {
  return typeof value === 'string' && (METRIC_IDS as readonly string[]).includes(value);
}
