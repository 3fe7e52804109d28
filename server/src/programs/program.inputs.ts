import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class CreateProgramInput {
  @Field({ description: 'Short code used in imports, e.g. TELCO.' })
  code: string;
  @Field()
  name: string;
  @Field({ nullable: true, defaultValue: true })
  active?: boolean;
}

@InputType({ description: 'Fields to change; omitted fields stay.' })
export class UpdateProgramInput {
  @Field({ nullable: true })
  code?: string;
  @Field({ nullable: true })
  name?: string;
  @Field({ nullable: true })
  active?: boolean;
}
