import { METRICS_QUERY, metricColumnsToRows, type ComparePeriod, type Dimension, type Granularity, type MetricColumnsData, type MetricId } from '@cxlens/shared';
import { useMemo } from 'react';
import type { MetricFilterInput, MetricRow, MetricsResult } from '../types';
import { useQuery, type QueryOptions, type QueryResult } from '../useQuery';

export { METRICS_QUERY };

export interface MetricsVariables {
  filter: MetricFilterInput;
  measures: MetricId[];
  groupBy?: Dimension[];
  granularity?: Granularity;
  compareTo?: ComparePeriod | null;
  adjustPValues?: boolean;
}

/** The answer as sent: rows by column (a fraction of the size and server time of row objects for big groupings). */
export type MetricsAnswer = Omit<MetricsResult, 'rows'> & { columns: MetricColumnsData };

export function withRows({ columns, ...rest }: MetricsAnswer): MetricsResult {
  return { ...rest, rows: metricColumnsToRows(columns) as MetricRow[] };
}

export function useMetrics(variables: MetricsVariables, options?: QueryOptions): QueryResult<{ metrics: MetricsResult }> {
  const full = {
    groupBy: [],
    granularity: 'NONE',
    compareTo: null,
    adjustPValues: false,
    ...variables,
  };
  const answer = useQuery<{ metrics: MetricsAnswer }>(METRICS_QUERY, full, options);
  const data = useMemo(() => answer.data && { metrics: withRows(answer.data.metrics) }, [answer.data]);
  return { ...answer, data };
}
