import { Allow } from '../auth/policy.decorators';
import { Query, Resolver } from '@nestjs/graphql';
import { TenantDb } from '../tenancy/tenant-db';
import { CurrentOrgId } from '../organizations/org-context';
import { Program } from './program.entity';

@Resolver(() => Program)
export class ProgramsResolver {
  constructor(private readonly db: TenantDb) {}

  @Allow('data:read')
  @Query(() => [Program], { description: "The organisation's client programs, by name." })
  async programs(@CurrentOrgId() orgId: string): Promise<Program[]> {
    return (await this.db.repository(Program)).find({ where: { orgId }, order: { name: 'ASC', id: 'ASC' } });
  }
}
