import { Allow } from '../auth/policy.decorators';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Granularity, MetricId } from '@cxlens/shared';
import { CurrentOrgId } from '../organizations/org-context';
import { MetricFilter } from '../metrics/dto/metric-filter.input';
import { GranularityEnum, MetricIdEnum } from '../metrics/dto/metric-enums';
import { DriversService } from './drivers.service';
import { DriverResult, VopUnit, VopUnitEnum, VopVsVocResult } from './dto/vop.types';
import { VopService } from './vop.service';

@Resolver()
export class VopResolver {
  constructor(private readonly vopService: VopService, private readonly driversService: DriversService) {}

  @Allow('data:read')
  @Query(() => VopVsVocResult, { description: 'Does what the process measures agree with what customers say? Per unit, with percentiles, gap, quadrant and correlation.' })
  vopVsVoc(
    @CurrentOrgId() orgId: string,
    @Args('filter') filter: MetricFilter,
    @Args('unit', { type: () => VopUnitEnum, defaultValue: 'SITE' }) unit: VopUnit,
    @Args('vop', { type: () => MetricIdEnum, defaultValue: 'MYSTERY_SCORE' }) vop: MetricId,
    @Args('voc', { type: () => MetricIdEnum, defaultValue: 'CSAT' }) voc: MetricId,
    @Args('granularity', { type: () => GranularityEnum, defaultValue: 'WEEK' }) granularity: Granularity,
    @Args('focusUnit', { nullable: true, description: 'A unit key: both voices over time for it.' }) focusUnit?: string,
  ): Promise<VopVsVocResult> {
    return this.vopService.vopVsVoc(orgId, { filter, unit, vop, voc, granularity, focusUnit });
  }

  @Allow('data:read')
  @Query(() => DriverResult, { description: 'Which operational and process metrics move a customer metric, ranked by standardised regression coefficients.' })
  drivers(
    @CurrentOrgId() orgId: string,
    @Args('filter') filter: MetricFilter,
    @Args('target', { type: () => MetricIdEnum, defaultValue: 'CSAT' }) target: MetricId,
    @Args('candidates', { type: () => [MetricIdEnum], nullable: true }) candidates: MetricId[] | null,
    @Args('unit', { type: () => VopUnitEnum, defaultValue: 'SITE' }) unit: VopUnit,
    @Args('granularity', { type: () => GranularityEnum, defaultValue: 'WEEK' }) granularity: Granularity,
  ): Promise<DriverResult> {
    return this.driversService.drivers(orgId, { filter, target, candidates, unit, granularity });
  }
}
