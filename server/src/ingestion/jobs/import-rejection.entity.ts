import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A rejected row of an import: where, which field, what value, and why.' })
@Entity('import_rejection')
export class ImportRejection {
  @PrimaryColumn({ name: 'org_id', type: 'bigint' })
  orgId: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column('bigint', { name: 'job_id' })
  jobId: string;

  @Field(() => Int, { description: 'Line in the file where the row starts (1 = the header).' })
  @Column('integer')
  line: number;

  @Field(() => String, { nullable: true, description: 'The cxlens field, or null for a problem with the whole row or file.' })
  @Column('text', { nullable: true })
  field: string | null;

  @Field(() => String, { nullable: true, description: 'The value as read (long values truncated).' })
  @Column('text', { nullable: true })
  value: string | null;

  @Field()
  @Column('text')
  reason: string;
}
