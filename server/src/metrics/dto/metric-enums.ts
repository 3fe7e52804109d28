import { registerEnumType } from '@nestjs/graphql';
import {
  CI_METHODS,
  COMPARE_PERIODS,
  CSAT_METHODS,
  DIMENSIONS,
  Dimension,
  FCR_METHODS,
  GRANULARITIES,
  METRICS,
  METRIC_IDS,
  METRIC_SOURCES,
  METRIC_UNITS,
  P_VALUE_ADJUSTMENTS,
  SERVICE_LEVEL_ABANDONS,
  TEST_METHODS,
} from '@cxlens/shared';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

// GraphQL enums built from the shared lists: the API, the SQL builders and the client share one vocabulary.
export const MetricIdEnum = enumObject(METRIC_IDS);
export const DimensionEnum = enumObject(DIMENSIONS);
export const GranularityEnum = enumObject(GRANULARITIES);
export const ComparePeriodEnum = enumObject(COMPARE_PERIODS);
export const MetricSourceEnum = enumObject(METRIC_SOURCES);
export const PValueAdjustmentEnum = enumObject(P_VALUE_ADJUSTMENTS);
export const MetricUnitEnum = enumObject(METRIC_UNITS);
export const CiMethodEnum = enumObject(CI_METHODS);
export const TestMethodEnum = enumObject(TEST_METHODS);
export const MetricDomainEnum = enumObject(['VOC', 'VOP', 'KPI'] as const);
export const ServiceLevelAbandonsEnum = enumObject(SERVICE_LEVEL_ABANDONS);
export const FcrMethodEnum = enumObject(FCR_METHODS);
export const CsatMethodEnum = enumObject(CSAT_METHODS);
export const RankingTestEnum = enumObject(['TWO_PROPORTION_Z', 'NPS_Z', 'WELCH_T', 'STANDARDIZED_Z', 'NONE'] as const);
export type RankingTest = keyof typeof RankingTestEnum;

const DIMENSION_DESCRIPTIONS: Record<Dimension, string> = {
  SITE: 'Contact center (id = site id).',
  COUNTRY: 'Country of the site (id = ISO 3166-1 alpha-2 code).',
  CITY: 'City of the site (id = "PH:Manila").',
  REGION: 'Region of the site (id = region name; null when the site has none).',
  CHANNEL: 'Contact channel.',
  PROGRAM: 'Client program (id = program id).',
  AGENT_TEAM: 'Agent team recorded on survey responses (raw rows; survey measures only).',
  TOPIC: 'Contact reason recorded on survey responses (raw rows; survey measures only).',
};

registerEnumType(MetricIdEnum, {
  name: 'MetricId',
  description: 'A metric of the registry (see metricDefinitions for formulas and units).',
  valuesMap: Object.fromEntries(METRIC_IDS.map((id) => [id, { description: METRICS[id].description }])),
});
registerEnumType(DimensionEnum, {
  name: 'Dimension',
  description: 'What results can be grouped by.',
  valuesMap: Object.fromEntries(Object.entries(DIMENSION_DESCRIPTIONS).map(([d, description]) => [d, { description }])),
});
registerEnumType(GranularityEnum, {
  name: 'Granularity',
  description: "Time buckets in each site's local time: hour, day, ISO week (Monday), month, quarter; NONE = the whole period.",
});
registerEnumType(ComparePeriodEnum, {
  name: 'ComparePeriod',
  description: 'PREVIOUS_PERIOD: the same number of days just before; SAME_PERIOD_LAST_YEAR: the same dates a year earlier.',
});
registerEnumType(MetricSourceEnum, {
  name: 'MetricSource',
  description: 'AUTO: daily rollups when they answer exactly, raw rows otherwise. ROLLUP or RAW force one (both give equal answers).',
});
registerEnumType(PValueAdjustmentEnum, { name: 'PValueAdjustment', description: 'How p-values were corrected for multiple comparisons.' });
registerEnumType(MetricUnitEnum, { name: 'MetricUnit' });
registerEnumType(CiMethodEnum, {
  name: 'CiMethod',
  description: 'WILSON score interval (percentages), NPS_SE (Wald from the promoter/detractor variance), T_MEAN (Student t), NONE.',
});
registerEnumType(TestMethodEnum, {
  name: 'TestMethod',
  description: "TWO_PROPORTION_Z (pooled), NPS_Z (unpooled NPS difference), WELCH_T (unequal variances), NONE.",
});
registerEnumType(MetricDomainEnum, { name: 'MetricDomain', description: 'VOC: surveys; VOP: evaluations; KPI: contact-center counters.' });
registerEnumType(ServiceLevelAbandonsEnum, {
  name: 'ServiceLevelAbandons',
  description: 'Abandons in the service-level denominator: IGNORE none, ALL of them, AFTER_SHORT those after the short-abandon threshold.',
});
registerEnumType(FcrMethodEnum, { name: 'FcrMethod', description: 'AGENT-recorded, CUSTOMER-reported (surveys) or REPEAT_CONTACT proxy.' });
registerEnumType(CsatMethodEnum, { name: 'CsatMethod', description: 'Headline CSAT as TOP2 box (% 4-5) or MEAN rating.' });
registerEnumType(RankingTestEnum, {
  name: 'RankingTest',
  description: "The metric's own test of a site against the rest, or STANDARDIZED_Z: a z test of two mix-standardised values.",
});
