import { SUMMARY_QUERY, type ComparePeriod, type MetricId } from '@cxlens/shared';
import type { MetricFilterInput, MetricSummary } from '../types';
import { useQuery } from '../useQuery';

export { SUMMARY_QUERY };

export interface SummaryVariables {
  filter: MetricFilterInput;
  measures?: MetricId[] | null;
  compareTo: ComparePeriod | null;
  [key: string]: unknown;
}

export function useSummary(variables: SummaryVariables) {
  return useQuery<{ summary: MetricSummary }>(SUMMARY_QUERY, variables);
}
