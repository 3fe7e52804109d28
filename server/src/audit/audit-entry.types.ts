import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One audited action: who did what, when, from where.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => String, { nullable: true, description: 'Email of the acting user.' })
  actor: string | null;

  @Field(() => ID, { nullable: true })
  actorTokenId: string | null;

  @Field()
  action: string;

  @Field(() => String, { nullable: true })
  target: string | null;

  @Field({ description: 'Details as a JSON object text.' })
  details: string;

  @Field(() => String, { nullable: true })
  ip: string | null;
}
