import { RunningServer } from '../support/server-process';

/** Everything a MetricsResult says, as a selection set. */
export const METRICS_SELECTION = `
      source sourceReason pValueAdjustment
      period { from to days } previousPeriod { from to days }
      variants { metric description }
      rows {
        dimensions { dimension id label }
        bucket { start label }
        cells { metric value n ciLow ciHigh standardError lowSample previousValue previousN delta pValue adjustedPValue significant }
      }`;

export const METRICS_QUERY = `
  query Metrics($filter: MetricFilter!, $measures: [MetricId!]!, $groupBy: [Dimension!], $granularity: Granularity,
                $compareTo: ComparePeriod, $source: MetricSource, $adjustPValues: Boolean, $fillEmptyBuckets: Boolean) {
    metrics(filter: $filter, measures: $measures, groupBy: $groupBy, granularity: $granularity, compareTo: $compareTo,
            source: $source, adjustPValues: $adjustPValues, fillEmptyBuckets: $fillEmptyBuckets) {${METRICS_SELECTION}
    }
  }`;

export interface MetricsVariables {
  filter: Record<string, unknown>;
  measures: string[];
  groupBy?: string[];
  granularity?: string;
  compareTo?: string;
  source?: string;
  adjustPValues?: boolean;
  fillEmptyBuckets?: boolean;
}

/** Runs `metrics` for an organisation and fails the test on any GraphQL error. */
export async function queryMetrics(server: RunningServer, org: string, variables: MetricsVariables): Promise<any> {
  const res = await server.gql(METRICS_QUERY, variables as unknown as Record<string, unknown>, { 'x-cxlens-org': org });
  if (res.errors) throw new Error(`metrics failed: ${JSON.stringify(res.errors)}`);
  return res.data.metrics;
}

/** The GraphQL errors of a request expected to fail. */
export async function metricsErrors(server: RunningServer, org: string, variables: MetricsVariables): Promise<string[]> {
  const res = await server.gql(METRICS_QUERY, variables as unknown as Record<string, unknown>, { 'x-cxlens-org': org });
  return (res.errors ?? []).map((e) => e.message);
}
