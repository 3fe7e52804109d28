import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { Channel, EvaluationKind } from '@cxlens/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ChannelEnum, EvaluationKindEnum } from '../common/graphql-enums';
import { EvaluationItem } from './evaluation-item';

const numericAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@ObjectType({ description: 'A mystery-shop or QA evaluation (voice of the process).' })
@Entity('process_evaluation')
export class ProcessEvaluation {
  @PrimaryColumn({ name: 'org_id', type: 'bigint' })
  orgId: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field(() => EvaluationKindEnum)
  @Column({ type: 'enum', enumName: 'evaluation_kind', enum: Object.keys(EvaluationKindEnum) })
  kind: EvaluationKind;

  @Field(() => ID)
  @Column('bigint', { name: 'site_id' })
  siteId: string;

  @Field(() => ChannelEnum)
  @Column({ type: 'enum', enumName: 'channel', enum: Object.keys(ChannelEnum) })
  channel: Channel;

  @Field(() => ID)
  @Column('bigint', { name: 'program_id' })
  programId: string;

  @Field(() => String, { nullable: true, description: 'Evaluation form (checklist) name.' })
  @Column('text', { nullable: true })
  form: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  evaluator: string | null;

  @Field(() => String, { nullable: true, description: 'Mystery-shopping agency.' })
  @Column('text', { nullable: true })
  agency: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  scenario: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  agent: string | null;

  @Field()
  @Column('timestamptz', { name: 'evaluated_at' })
  evaluatedAt: Date;

  @Field(() => Float, { description: 'Score in percent, 0-100.' })
  @Column('numeric', { name: 'score_pct', precision: 5, scale: 2, transformer: numericAsNumber })
  scorePct: number;

  @Field(() => Boolean, { nullable: true, description: 'Passed by the form rules (pass mark and critical items).' })
  @Column('boolean', { nullable: true })
  passed: boolean | null;

  @Field()
  @Column('boolean', { name: 'critical_failed', default: false })
  criticalFailed: boolean;

  @Field(() => [EvaluationItem])
  @Column('jsonb', { default: [] })
  items: EvaluationItem[];

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
