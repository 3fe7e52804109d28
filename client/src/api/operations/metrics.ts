import type { ComparePeriod, Dimension, Granularity, MetricId } from '@cxlens/shared';
import type { MetricFilterInput, MetricsResult } from '../types';
import { useQuery, type QueryOptions } from '../useQuery';
import { METRIC_CELL_FIELDS, METRIC_SETTINGS_FIELDS } from './fragments';

export const METRICS_QUERY = /* GraphQL */ `
  query Metrics(
    $filter: MetricFilter!
    $measures: [MetricId!]!
    $groupBy: [Dimension!]!
    $granularity: Granularity!
    $compareTo: ComparePeriod
    $adjustPValues: Boolean!
  ) {
    metrics(
      filter: $filter
      measures: $measures
      groupBy: $groupBy
      granularity: $granularity
      compareTo: $compareTo
      adjustPValues: $adjustPValues
    ) {
      measures
      period { from to days }
      previousPeriod { from to days }
      variants { metric description }
      settings { ${METRIC_SETTINGS_FIELDS} }
      rows {
        dimensions { dimension id label }
        bucket { start label }
        cells { ${METRIC_CELL_FIELDS} }
      }
    }
  }
`;

export interface MetricsVariables {
  filter: MetricFilterInput;
  measures: MetricId[];
  groupBy?: Dimension[];
  granularity?: Granularity;
  compareTo?: ComparePeriod | null;
  adjustPValues?: boolean;
}

export function useMetrics(variables: MetricsVariables, options?: QueryOptions) {
  const full = {
    groupBy: [],
    granularity: 'NONE',
    compareTo: null,
    adjustPValues: false,
    ...variables,
  };
  return useQuery<{ metrics: MetricsResult }>(METRICS_QUERY, full, options);
}
