import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MetricColumns } from './dto/metric-columns.types';
import { MetricsResult } from './dto/metrics-result.types';

/** `MetricsResult.columns`: the answer by column (see shared/src/analytics/metric-columns.ts), as the engine builds it. */
@Resolver(() => MetricsResult)
export class MetricColumnsResolver {
  @ResolveField(() => MetricColumns, { description: 'The rows by column: use it for big groupings; same numbers as `rows`.' })
  columns(@Parent() result: MetricsResult): MetricColumns {
    return result.columns as MetricColumns;
  }
}
