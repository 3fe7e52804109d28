import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { metricRowsToColumns } from '@cxlens/shared';
import { MetricColumns } from './dto/metric-columns.types';
import { MetricsResult } from './dto/metrics-result.types';

/** `MetricsResult.columns`: the same rows, by column (see shared/src/analytics/metric-columns.ts). */
@Resolver(() => MetricsResult)
export class MetricColumnsResolver {
  @ResolveField(() => MetricColumns, { description: 'The rows by column: use it for big groupings; same numbers as `rows`.' })
  columns(@Parent() result: MetricsResult): MetricColumns {
    return metricRowsToColumns(result.rows, { measures: result.measures, groupBy: result.groupBy, timed: result.granularity !== 'NONE' }) as MetricColumns;
  }
}
