import { Allow } from '../auth/policy.decorators';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentOrgId } from '../organizations/org-context';
import { MetricsArgs, SiteRankingArgs, SummaryArgs } from './dto/metric-args';
import { MetricsResult } from './dto/metrics-result.types';
import { SiteRanking } from './dto/site-ranking.types';
import { MetricSummary } from './dto/summary.types';
import { MetricsService } from './metrics.service';
import { SiteRankingService } from './site-ranking.service';
import { SummaryService } from './summary.service';

/** Cost of one analytics field in the complexity budget (see common/query-limits): about 20 per request. */
export const ANALYTICS_FIELD_COMPLEXITY = 50;

@Resolver()
export class MetricsResolver {
  constructor(
    private readonly metricsService: MetricsService,
    private readonly summaryService: SummaryService,
    private readonly rankingService: SiteRankingService,
  ) {}

  @Allow('data:read')
  @Query(() => MetricsResult, {
    complexity: ANALYTICS_FIELD_COMPLEXITY,
    description: "Metrics per group and site-local time bucket, with 95% intervals, low-sample flags and, with compareTo, tests of the change.",
  })
  metrics(@CurrentOrgId() orgId: string, @Args() args: MetricsArgs): Promise<MetricsResult> {
    return this.metricsService.metrics(orgId, args);
  }

  @Allow('data:read')
  @Query(() => MetricSummary, {
    complexity: ANALYTICS_FIELD_COMPLEXITY,
    description: 'Dashboard tiles: value, interval, change against the comparison period and a sparkline per measure.',
  })
  summary(@CurrentOrgId() orgId: string, @Args() args: SummaryArgs): Promise<MetricSummary> {
    return this.summaryService.summary(orgId, args);
  }

  @Allow('data:read')
  @Query(() => SiteRanking, {
    complexity: ANALYTICS_FIELD_COMPLEXITY,
    description: 'Sites ranked on a measure, each tested against the rest of the organisation, Benjamini–Hochberg adjusted; optionally mix-adjusted.',
  })
  siteRanking(@CurrentOrgId() orgId: string, @Args() args: SiteRankingArgs): Promise<SiteRanking> {
    return this.rankingService.siteRanking(orgId, args);
  }
}
