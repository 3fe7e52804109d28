import { Field, InputType } from '@nestjs/graphql';
import type { EvaluationKind } from '@cxlens/shared';
import { EvaluationKindEnum } from '../common/graphql-enums';
import { ListFilter } from '../common/list-filter.input';

@InputType()
export class EvaluationFilter extends ListFilter {
  @Field(() => EvaluationKindEnum, { nullable: true })
  kind?: EvaluationKind;

  @Field({ nullable: true })
  criticalFailedOnly?: boolean;
}
