import { Allow } from '../auth/policy.decorators';
import { Query, Resolver } from '@nestjs/graphql';
import { CurrentOrgId } from './org-context';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Allow('data:read')
  @Query(() => Organization, { description: 'The organisation this request works in.' })
  async organization(@CurrentOrgId() orgId: string): Promise<Organization> {
    return (await this.service.findById(orgId))!;
  }

  @Allow('data:read')
  @Query(() => [Organization], { description: 'Organisations visible to the caller.' })
  organizations(): Promise<Organization[]> {
    return this.service.list();
  }
}
