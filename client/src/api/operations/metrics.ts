import { useMemo } from 'react';
import { metricColumnsToRows, type ComparePeriod, type Dimension, type Granularity, type MetricColumnsData, type MetricId } from '@cxlens/shared';
import type { MetricFilterInput, MetricRow, MetricsResult } from '../types';
import { useQuery, type QueryOptions, type QueryResult } from '../useQuery';
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
      columns {
        rowCount
        dimensions { dimension values { dimension id label } index }
        buckets { start label }
        bucketIndex
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
