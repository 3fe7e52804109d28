import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import type { CsatMethod, FcrMethod, ServiceLevelAbandons } from '@cxlens/shared';
import { CsatMethodEnum, FcrMethodEnum, ServiceLevelAbandonsEnum } from './metric-enums';

@ObjectType('MetricSettings', { description: "The organisation's metric variants (defaults where it chose none)." })
export class MetricSettingsType {
  @Field(() => ServiceLevelAbandonsEnum)
  serviceLevelAbandons: ServiceLevelAbandons;

  @Field(() => Float, { description: 'Abandons with a shorter wait are "short" (counted when KPI data is imported).' })
  shortAbandonSeconds: number;

  @Field(() => FcrMethodEnum)
  fcrMethod: FcrMethod;

  @Field(() => CsatMethodEnum, { description: 'What the headline satisfaction tile shows; CSAT and CSAT_MEAN both stay available.' })
  csatMethod: CsatMethod;

  @Field(() => Float, { description: 'Results with a smaller n are flagged lowSample.' })
  minSample: number;

  @Field(() => Float, { description: 'Evaluation pass mark in percent (applied when evaluations are imported).' })
  passMarkPct: number;

  @Field(() => Float, { description: 'Evaluation scores are capped here (bonus points; applied when evaluations are imported).' })
  scoreCapPct: number;
}

@InputType({ description: 'Only the settings to change; the others keep their value.' })
export class UpdateMetricSettingsInput {
  @Field(() => ServiceLevelAbandonsEnum, { nullable: true })
  serviceLevelAbandons?: ServiceLevelAbandons;

  @Field(() => Float, { nullable: true })
  shortAbandonSeconds?: number;

  @Field(() => FcrMethodEnum, { nullable: true })
  fcrMethod?: FcrMethod;

  @Field(() => CsatMethodEnum, { nullable: true })
  csatMethod?: CsatMethod;

  @Field(() => Float, { nullable: true })
  minSample?: number;

  @Field(() => Float, { nullable: true })
  passMarkPct?: number;

  @Field(() => Float, { nullable: true })
  scoreCapPct?: number;
}

@ObjectType()
export class MetricSettingsUpdate {
  @Field(() => MetricSettingsType)
  settings: MetricSettingsType;

  @Field(() => [String], { description: 'What the change means for the numbers, one sentence per changed setting.' })
  effects: string[];
}
