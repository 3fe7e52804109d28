import { Field, InputType, Int } from '@nestjs/graphql';
import { ListFilter } from '../common/list-filter.input';

@InputType()
export class ResponseFilter extends ListFilter {
  @Field({ nullable: true, description: 'Case-insensitive text to find in the comment.' })
  search?: string;

  @Field({ nullable: true, description: 'Only responses with a free-text comment.' })
  withCommentOnly?: boolean;

  @Field(() => Int, { nullable: true, description: 'Only CSAT at or below this (2 = dissatisfied).' })
  csatMax?: number;

  @Field(() => Int, { nullable: true, description: 'Only NPS at or below this (6 = detractors).' })
  npsMax?: number;
}
