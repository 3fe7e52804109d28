import { Allow } from '../auth/policy.decorators';
import { Args, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ListFilter, PageArgs } from '../common/list-filter.input';
import { Connection, Page } from '../common/pagination';
import { CurrentOrgId } from '../organizations/org-context';
import { KpiInterval } from './kpi-interval.entity';
import { KpisService } from './kpis.service';

@ObjectType()
export class KpiIntervalConnection extends Connection(KpiInterval) {}

@Resolver(() => KpiInterval)
export class KpisResolver {
  constructor(private readonly service: KpisService) {}

  @Allow('data:read')
  @Query(() => KpiIntervalConnection, { description: 'Operational KPI intervals, newest first.' })
  kpiIntervals(
    @CurrentOrgId() orgId: string,
    @Args() { first, after }: PageArgs,
    @Args('filter', { nullable: true }) filter?: ListFilter,
  ): Promise<Page<KpiInterval>> {
    return this.service.page(orgId, filter, first, after);
  }
}
