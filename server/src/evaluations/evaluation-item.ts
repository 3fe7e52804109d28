import { Field, Float, ObjectType } from '@nestjs/graphql';

/** One checklist line of an evaluation, stored in process_evaluation.items (JSONB). */
@ObjectType()
export class EvaluationItem {
  @Field()
  section: string;

  @Field()
  item: string;

  @Field(() => Float, { nullable: true })
  weight?: number | null;

  @Field(() => Float, { nullable: true, description: 'Points earned; null when the item was not applicable.' })
  points: number | null;

  @Field(() => Float)
  max: number;

  @Field({ defaultValue: false })
  critical: boolean;
}
