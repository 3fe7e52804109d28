import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CRITICAL_MODES, CriticalMode } from '@cxlens/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const CriticalModeEnum = Object.fromEntries(CRITICAL_MODES.map((m) => [m, m])) as Record<CriticalMode, CriticalMode>;
registerEnumType(CriticalModeEnum, {
  name: 'CriticalMode',
  description: 'KNOCKOUT: a missed critical item sets the score to 0. GATE: the score stands but the evaluation fails.',
});

const numericAsNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

@ObjectType({ description: 'Scoring rules of a checklist, matched by name to evaluations (their `form`).' })
@Entity('evaluation_form')
export class EvaluationForm {
  @PrimaryColumn({ name: 'org_id', type: 'bigint' })
  orgId: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => CriticalModeEnum)
  @Column('text', { name: 'critical_mode' })
  criticalMode: CriticalMode;

  @Field(() => Float)
  @Column('numeric', { name: 'pass_mark_pct', precision: 5, scale: 2, transformer: numericAsNumber })
  passMarkPct: number;

  @Field(() => Float, { description: 'Bonus points may lift a score up to this (at most 100).' })
  @Column('numeric', { name: 'score_cap_pct', precision: 5, scale: 2, transformer: numericAsNumber })
  scoreCapPct: number;
}
