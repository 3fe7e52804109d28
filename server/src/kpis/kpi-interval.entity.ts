import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Channel } from '@cxlens/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ChannelEnum } from '../common/graphql-enums';

// bigint second counters come back from pg as strings; they fit a JS number.
const bigintAsNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

@ObjectType({ description: 'Operational counters of one site, channel and program for one interval (ACD/WFM).' })
@Entity('kpi_interval')
export class KpiInterval {
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

  @Field()
  @Column('timestamptz', { name: 'interval_start' })
  intervalStart: Date;

  @Field(() => Int)
  @Column('smallint', { name: 'interval_minutes' })
  intervalMinutes: number;

  @Field(() => Int)
  @Column('integer', { name: 'offered' })
  offered: number;

  @Field(() => Int)
  @Column('integer', { name: 'answered' })
  answered: number;

  @Field(() => Int)
  @Column('integer', { name: 'abandoned' })
  abandoned: number;

  @Field(() => Int, { description: 'Abandoned before the short-abandon threshold.' })
  @Column('integer', { name: 'abandoned_short' })
  abandonedShort: number;

  @Field(() => Int, { description: 'Answered within the service-level threshold.' })
  @Column('integer', { name: 'answered_within_sl' })
  answeredWithinSl: number;

  @Field(() => Int, { description: 'Service-level threshold in seconds.' })
  @Column('integer', { name: 'sl_threshold_s' })
  slThresholdS: number;

  @Field(() => Float, { description: 'Sum of waiting seconds of answered contacts.' })
  @Column('bigint', { name: 'wait_answered_s', transformer: bigintAsNumber })
  waitAnsweredS: number;

  @Field(() => Float)
  @Column('bigint', { name: 'talk_s', transformer: bigintAsNumber })
  talkS: number;

  @Field(() => Float)
  @Column('bigint', { name: 'hold_s', transformer: bigintAsNumber })
  holdS: number;

  @Field(() => Float)
  @Column('bigint', { name: 'acw_s', transformer: bigintAsNumber })
  acwS: number;

  @Field(() => Int)
  @Column('integer', { name: 'handled' })
  handled: number;

  @Field(() => Int)
  @Column('integer', { name: 'resolved_first_contact' })
  resolvedFirstContact: number;

  @Field(() => Int, { description: 'Handled contacts that were repeats of an earlier contact.' })
  @Column('integer', { name: 'repeat_contacts' })
  repeatContacts: number;

  @Field(() => Int)
  @Column('integer', { name: 'transfers' })
  transfers: number;

  @Field(() => Int)
  @Column('integer', { name: 'sales_opportunities' })
  salesOpportunities: number;

  @Field(() => Int)
  @Column('integer', { name: 'sales_conversions' })
  salesConversions: number;

  @Field(() => Float, { description: 'Staffed (logged-in) agent seconds.' })
  @Column('bigint', { name: 'staffed_s', transformer: bigintAsNumber })
  staffedS: number;

  @Field()
  @Column('text', { default: 'api' })
  source: string;
}
