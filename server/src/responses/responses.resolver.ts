import { Allow } from '../auth/policy.decorators';
import { Args, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { PageArgs } from '../common/list-filter.input';
import { Connection, Page } from '../common/pagination';
import { CurrentOrgId } from '../organizations/org-context';
import { ResponseFilter } from './response-filter.input';
import { ResponsesService } from './responses.service';
import { SurveyResponse } from './survey-response.entity';

@ObjectType()
export class SurveyResponseConnection extends Connection(SurveyResponse) {}

@Resolver(() => SurveyResponse)
export class ResponsesResolver {
  constructor(private readonly service: ResponsesService) {}

  @Allow('data:read')
  @Query(() => SurveyResponseConnection, { description: 'Survey responses, newest first.' })
  responses(
    @CurrentOrgId() orgId: string,
    @Args() { first, after }: PageArgs,
    @Args('filter', { nullable: true }) filter?: ResponseFilter,
  ): Promise<Page<SurveyResponse>> {
    return this.service.page(orgId, filter, first, after);
  }
}
