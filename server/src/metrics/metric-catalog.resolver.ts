import { Allow } from '../auth/policy.decorators';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentOrgId } from '../organizations/org-context';
import { definitionsInForce } from './catalog/metric-definitions';
import { MetricDefinitionType } from './dto/metric-definition.types';
import { MetricSettingsType, MetricSettingsUpdate, UpdateMetricSettingsInput } from './dto/metric-settings.types';
import { MetricSettingsService } from './metric-settings.service';

@Resolver()
export class MetricCatalogResolver {
  constructor(private readonly settings: MetricSettingsService) {}

  @Allow('data:read')
  @Query(() => [MetricDefinitionType], { description: 'Every metric with its unit, scale, formula, interval and test, under this organisation\'s variants.' })
  async metricDefinitions(@CurrentOrgId() orgId: string): Promise<MetricDefinitionType[]> {
    return definitionsInForce(await this.settings.forOrganization(orgId));
  }

  @Allow('data:read')
  @Query(() => MetricSettingsType, { description: "The organisation's metric variants." })
  metricSettings(@CurrentOrgId() orgId: string): Promise<MetricSettingsType> {
    return this.settings.forOrganization(orgId);
  }

  @Allow('org:manage')
  @Mutation(() => MetricSettingsUpdate, { description: 'Changes metric variants; says what each change means for the numbers.' })
  updateMetricSettings(@CurrentOrgId() orgId: string, @Args('input') input: UpdateMetricSettingsInput): Promise<MetricSettingsUpdate> {
    return this.settings.update(orgId, input);
  }
}
