import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A client account or line of business served inside the organisation.' })
@Entity('program')
export class Program {
  @PrimaryColumn({ name: 'org_id', type: 'bigint' })
  orgId: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field()
  @Column('text')
  code: string;

  @Field()
  @Column('text')
  name: string;

  @Field()
  @Column('boolean', { default: true })
  active: boolean;
}
