import { Allow } from '../auth/policy.decorators';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentOrgId } from '../organizations/org-context';
import { Site } from './site.entity';
import { SitesService } from './sites.service';

@Resolver(() => Site)
export class SitesResolver {
  constructor(private readonly service: SitesService) {}

  @Allow('data:read')
  @Query(() => [Site], { description: "The organisation's sites, by name." })
  sites(
    @CurrentOrgId() orgId: string,
    @Args('activeOnly', { defaultValue: false }) activeOnly: boolean,
  ): Promise<Site[]> {
    return this.service.list(orgId, activeOnly);
  }
}
