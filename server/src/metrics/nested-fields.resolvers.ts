import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ProcessEvaluation } from '../evaluations/process-evaluation.entity';
import { KpiInterval } from '../kpis/kpi-interval.entity';
import { OrgScopedRequest } from '../organizations/org-context';
import { SurveyResponse } from '../responses/survey-response.entity';
import { Site } from '../sites/site.entity';
import { DimensionValue } from './dto/metrics-result.types';
import { RequestLoaders } from './loaders/request-loaders';

// Nested fields resolved through per-request DataLoaders: a list of 500 rows costs one site query.
// SiteRankingEntry.site is not among them: SiteRankingService sets it, as a resolver per entry sent 200 calls per ranking through Nest's pipeline.

@Resolver(() => DimensionValue)
export class DimensionValueResolver {
  constructor(private readonly loaders: RequestLoaders) {}

  @ResolveField(() => Site, { nullable: true, description: 'The site, for the SITE dimension.' })
  async site(@Parent() value: DimensionValue, @Context('req') req: OrgScopedRequest): Promise<Site | null> {
    return value.dimension === 'SITE' && value.id !== null ? this.loaders.for(req, req.principal!.orgId).site.load(value.id) : null;
  }
}

const siteOf = (loaders: RequestLoaders, req: OrgScopedRequest, fact: { orgId: string; siteId: string }) =>
  loaders.for(req, fact.orgId).site.load(fact.siteId) as Promise<Site>;

@Resolver(() => SurveyResponse)
export class SurveyResponseSiteResolver {
  constructor(private readonly loaders: RequestLoaders) {}

  @ResolveField(() => Site)
  site(@Parent() response: SurveyResponse, @Context('req') req: OrgScopedRequest): Promise<Site> {
    return siteOf(this.loaders, req, response);
  }
}

@Resolver(() => ProcessEvaluation)
export class ProcessEvaluationSiteResolver {
  constructor(private readonly loaders: RequestLoaders) {}

  @ResolveField(() => Site)
  site(@Parent() evaluation: ProcessEvaluation, @Context('req') req: OrgScopedRequest): Promise<Site> {
    return siteOf(this.loaders, req, evaluation);
  }
}

@Resolver(() => KpiInterval)
export class KpiIntervalSiteResolver {
  constructor(private readonly loaders: RequestLoaders) {}

  @ResolveField(() => Site)
  site(@Parent() interval: KpiInterval, @Context('req') req: OrgScopedRequest): Promise<Site> {
    return siteOf(this.loaders, req, interval);
  }
}
