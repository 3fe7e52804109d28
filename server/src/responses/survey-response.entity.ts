import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Channel } from '@cxlens/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ChannelEnum } from '../common/graphql-enums';

@ObjectType({ description: 'One post-contact survey answer (voice of the customer).' })
@Entity('survey_response')
export class SurveyResponse {
  @PrimaryColumn({ name: 'org_id', type: 'bigint' })
  orgId: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field(() => ID)
  @Column('bigint', { name: 'site_id' })
  siteId: string;

  @Field(() => ChannelEnum)
  @Column({ type: 'enum', enumName: 'channel', enum: Object.keys(ChannelEnum) })
  channel: Channel;

  @Field(() => ID)
  @Column('bigint', { name: 'program_id' })
  programId: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  agent: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  team: string | null;

  @Field(() => String, { nullable: true, description: 'Contact reason.' })
  @Column('text', { nullable: true })
  topic: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 language tag of the customer.' })
  @Column('text', { nullable: true })
  language: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'customer_ref', nullable: true })
  customerRef: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'interaction_ref', nullable: true })
  interactionRef: string | null;

  @Field()
  @Column('timestamptz', { name: 'responded_at' })
  respondedAt: Date;

  @Field(() => Int, { nullable: true, description: '1-5' })
  @Column('smallint', { nullable: true })
  csat: number | null;

  @Field(() => Int, { nullable: true, description: '0-10' })
  @Column('smallint', { nullable: true })
  nps: number | null;

  @Field(() => Int, { nullable: true, description: '1-7' })
  @Column('smallint', { nullable: true })
  ces: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Customer says the issue was resolved.' })
  @Column('boolean', { nullable: true })
  resolved: boolean | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  comment: string | null;

  @Field()
  @Column('text', { default: 'api' })
  source: string;

  @Field()
  @Column('text', { name: 'external_id' })
  externalId: string;

  @Field()
  @Column('timestamptz', { name: 'received_at', default: () => 'now()' })
  receivedAt: Date;
}
