import type { ComparePeriod, MetricId } from '@cxlens/shared';
import type { MetricFilterInput, MetricSummary } from '../types';
import { useQuery } from '../useQuery';
import { METRIC_CELL_FIELDS, METRIC_SETTINGS_FIELDS } from './fragments';

export const SUMMARY_QUERY = /* GraphQL */ `
  query Summary($filter: MetricFilter!, $measures: [MetricId!], $compareTo: ComparePeriod) {
    summary(filter: $filter, measures: $measures, compareTo: $compareTo) {
      period { from to days }
      previousPeriod { from to days }
      compareTo
      sparklineGranularity
      settings { ${METRIC_SETTINGS_FIELDS} }
      tiles { ${METRIC_CELL_FIELDS} variant sparkline { start value n } }
    }
  }
`;

export interface SummaryVariables {
  filter: MetricFilterInput;
  measures?: MetricId[] | null;
  compareTo: ComparePeriod | null;
  [key: string]: unknown;
}

export function useSummary(variables: SummaryVariables) {
  return useQuery<{ summary: MetricSummary }>(SUMMARY_QUERY, variables);
}
