import { Allow } from '../auth/policy.decorators';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentOrgId } from '../organizations/org-context';
import { Site } from './site.entity';
import { CreateSiteInput, UpdateSiteInput } from './site.inputs';
import { SiteWritesService } from './site-writes.service';

@Resolver(() => Site)
export class SiteMutationsResolver {
  constructor(private readonly writes: SiteWritesService) {}

  @Allow('org:manage')
  @Mutation(() => Site, { description: 'Creates a site; the code must be new in the organisation.' })
  createSite(@CurrentOrgId() orgId: string, @Args('input') input: CreateSiteInput): Promise<Site> {
    return this.writes.create(orgId, input);
  }

  @Allow('org:manage')
  @Mutation(() => Site, { description: 'Changes the given fields of a site.' })
  updateSite(@CurrentOrgId() orgId: string, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateSiteInput): Promise<Site> {
    return this.writes.update(orgId, id, input);
  }
}
