import { Allow } from '../auth/policy.decorators';
import { Args, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { PageArgs } from '../common/list-filter.input';
import { Connection, Page } from '../common/pagination';
import { CurrentOrgId } from '../organizations/org-context';
import { EvaluationFilter } from './evaluation-filter.input';
import { EvaluationsService } from './evaluations.service';
import { ProcessEvaluation } from './process-evaluation.entity';

@ObjectType()
export class ProcessEvaluationConnection extends Connection(ProcessEvaluation) {}

@Resolver(() => ProcessEvaluation)
export class EvaluationsResolver {
  constructor(private readonly service: EvaluationsService) {}

  @Allow('data:read')
  @Query(() => ProcessEvaluationConnection, { description: 'Mystery-shop and QA evaluations, newest first.' })
  evaluations(
    @CurrentOrgId() orgId: string,
    @Args() { first, after }: PageArgs,
    @Args('filter', { nullable: true }) filter?: EvaluationFilter,
  ): Promise<Page<ProcessEvaluation>> {
    return this.service.page(orgId, filter, first, after);
  }
}
