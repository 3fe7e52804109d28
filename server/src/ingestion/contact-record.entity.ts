import type { Channel } from '@cxlens/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ChannelEnum } from '../common/graphql-enums';

/** One call, chat or ticket from a contact-detail export; kpi_interval rows are recomputed from these. */
@Entity('contact_record')
export class ContactRecord {
  @PrimaryColumn({ name: 'org_id', type: 'bigint' })
  orgId: string;

  @PrimaryColumn({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column('bigint', { name: 'site_id' })
  siteId: string;

  @Column({ type: 'enum', enumName: 'channel', enum: Object.keys(ChannelEnum) })
  channel: Channel;

  @Column('bigint', { name: 'program_id' })
  programId: string;

  @Column('timestamptz', { name: 'started_at' })
  startedAt: Date;

  @Column('boolean')
  answered: boolean;

  @Column('integer', { name: 'wait_s', nullable: true })
  waitS: number | null;

  @Column('integer', { name: 'talk_s' })
  talkS: number;

  @Column('integer', { name: 'hold_s' })
  holdS: number;

  @Column('integer', { name: 'acw_s' })
  acwS: number;

  @Column('boolean', { nullable: true })
  resolved: boolean | null;

  @Column('boolean')
  transferred: boolean;

  @Column('boolean', { name: 'sale_opportunity' })
  saleOpportunity: boolean;

  @Column('boolean')
  sale: boolean;

  @Column('text', { nullable: true })
  agent: string | null;

  @Column('text', { nullable: true })
  topic: string | null;

  @Column('smallint', { nullable: true })
  csat: number | null;

  @Column('smallint', { nullable: true })
  nps: number | null;

  @Column('smallint', { nullable: true })
  ces: number | null;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('text', { default: 'api' })
  source: string;

  @Column('text', { name: 'external_id' })
  externalId: string;

  @Column('timestamptz', { name: 'received_at', default: () => 'now()' })
  receivedAt: Date;
}
