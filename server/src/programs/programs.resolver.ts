import { Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CurrentOrgId } from '../organizations/org-context';
import { Program } from './program.entity';

@Resolver(() => Program)
export class ProgramsResolver {
  constructor(private readonly db: DataSource) {}

  @Query(() => [Program], { description: "The organisation's client programs, by name." })
  programs(@CurrentOrgId() orgId: string): Promise<Program[]> {
    return this.db.getRepository(Program).find({ where: { orgId }, order: { name: 'ASC', id: 'ASC' } });
  }
}
