// Vocabulary of the analytics API, shared by server (GraphQL enums, SQL builders) and client.

/** What a metrics query can break results down by. AGENT_TEAM and TOPIC exist on survey responses only. */
export const DIMENSIONS = ['SITE', 'COUNTRY', 'CITY', 'REGION', 'CHANNEL', 'PROGRAM', 'AGENT_TEAM', 'TOPIC'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Time buckets, always in each site's local time. NONE = one bucket for the whole period. */
export const GRANULARITIES = ['NONE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'QUARTER'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const COMPARE_PERIODS = ['PREVIOUS_PERIOD', 'SAME_PERIOD_LAST_YEAR'] as const;
export type ComparePeriod = (typeof COMPARE_PERIODS)[number];

/** Where numbers come from: AUTO picks the daily rollups whenever they can answer exactly. */
export const METRIC_SOURCES = ['AUTO', 'ROLLUP', 'RAW'] as const;
export type MetricSource = (typeof METRIC_SOURCES)[number];
export type ResolvedMetricSource = Exclude<MetricSource, 'AUTO'>;

export const P_VALUE_ADJUSTMENTS = ['NONE', 'BENJAMINI_HOCHBERG'] as const;
export type PValueAdjustment = (typeof P_VALUE_ADJUSTMENTS)[number];

export const SORT_DIRECTIONS = ['ASC', 'DESC'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
