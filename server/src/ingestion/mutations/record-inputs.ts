import { Field, Float, InputType, Int } from '@nestjs/graphql';
import type { Channel, EvaluationKind } from '@cxlens/shared';
import { ChannelEnum, EvaluationKindEnum } from '../../common/graphql-enums';

/**
 * Inputs of the record* mutations. Field names are the import fields in
 * camelCase; timestamps are strings so that a time without an offset can be
 * read in the site's time zone, exactly as in files. Validation is the
 * import's (validation/kinds), not repeated here.
 */
const TIMESTAMP = 'ISO 8601; with an offset as given, without one in the site’s time zone.';

@InputType()
export class SurveyResponseInput {
  @Field({ nullable: true, description: 'Your id of the response; re-sending it updates the response. Default: a hash of the content.' })
  externalId?: string;
  @Field({ description: 'Site code or name.' })
  site: string;
  @Field(() => ChannelEnum)
  channel: Channel;
  @Field({ nullable: true, description: 'Program code or name; optional when the organisation has one program.' })
  program?: string;
  @Field({ description: TIMESTAMP })
  respondedAt: string;
  @Field(() => Int, { nullable: true, description: '1-5' })
  csat?: number;
  @Field(() => Int, { nullable: true, description: '0-10' })
  nps?: number;
  @Field(() => Int, { nullable: true, description: '1-7' })
  ces?: number;
  @Field({ nullable: true })
  resolved?: boolean;
  @Field({ nullable: true })
  comment?: string;
  @Field({ nullable: true })
  agent?: string;
  @Field({ nullable: true })
  team?: string;
  @Field({ nullable: true })
  topic?: string;
  @Field({ nullable: true })
  language?: string;
  @Field({ nullable: true })
  customerRef?: string;
  @Field({ nullable: true })
  interactionRef?: string;
}

@InputType()
export class EvaluationItemInput {
  @Field({ nullable: true })
  section?: string;
  @Field()
  item: string;
  @Field(() => Float, { nullable: true, description: 'Points earned; null = not applicable.' })
  points?: number | null;
  @Field(() => Float, { description: 'Points possible; 0 = bonus item.' })
  max: number;
  @Field({ nullable: true })
  critical?: boolean;
  @Field({ nullable: true })
  bonus?: boolean;
  @Field(() => Float, { nullable: true })
  weight?: number;
}

@InputType()
export class ProcessEvaluationInput {
  @Field({ nullable: true })
  externalId?: string;
  @Field(() => EvaluationKindEnum)
  kind: EvaluationKind;
  @Field()
  site: string;
  @Field(() => ChannelEnum)
  channel: Channel;
  @Field({ nullable: true })
  program?: string;
  @Field({ description: TIMESTAMP })
  evaluatedAt: string;
  @Field(() => Float, { nullable: true, description: 'Taken as given; else computed from items with the form’s rules.' })
  scorePct?: number;
  @Field(() => [EvaluationItemInput], { nullable: true })
  items?: EvaluationItemInput[];
  @Field({ nullable: true })
  passed?: boolean;
  @Field({ nullable: true })
  criticalFailed?: boolean;
  @Field({ nullable: true, description: 'Name of an evaluation form: its critical mode, pass mark and cap apply.' })
  form?: string;
  @Field({ nullable: true })
  evaluator?: string;
  @Field({ nullable: true })
  agency?: string;
  @Field({ nullable: true })
  scenario?: string;
  @Field({ nullable: true })
  agent?: string;
  @Field({ nullable: true })
  comment?: string;
}

@InputType()
export class KpiIntervalInput {
  @Field()
  site: string;
  @Field(() => ChannelEnum)
  channel: Channel;
  @Field({ nullable: true })
  program?: string;
  @Field({ description: `${TIMESTAMP} On a quarter hour.` })
  intervalStart: string;
  @Field(() => Int, { nullable: true, description: '15, 30 (default) or 60.' })
  intervalMinutes?: number;
  @Field(() => Int)
  offered: number;
  @Field(() => Int, { nullable: true }) answered?: number;
  @Field(() => Int, { nullable: true }) abandoned?: number;
  @Field(() => Int, { nullable: true }) abandonedShort?: number;
  @Field(() => Int, { nullable: true }) answeredWithinSl?: number;
  @Field(() => Int, { nullable: true, description: 'Default 20.' }) slThresholdS?: number;
  @Field(() => Float, { nullable: true }) waitAnsweredS?: number;
  @Field(() => Float, { nullable: true }) talkS?: number;
  @Field(() => Float, { nullable: true }) holdS?: number;
  @Field(() => Float, { nullable: true }) acwS?: number;
  @Field(() => Int, { nullable: true, description: 'Default: answered.' }) handled?: number;
  @Field(() => Int, { nullable: true }) resolvedFirstContact?: number;
  @Field(() => Int, { nullable: true }) repeatContacts?: number;
  @Field(() => Int, { nullable: true }) transfers?: number;
  @Field(() => Int, { nullable: true }) salesOpportunities?: number;
  @Field(() => Int, { nullable: true }) salesConversions?: number;
  @Field(() => Float, { nullable: true }) staffedS?: number;
}

@InputType()
export class ContactRecordInput {
  @Field({ nullable: true })
  externalId?: string;
  @Field()
  site: string;
  @Field(() => ChannelEnum)
  channel: Channel;
  @Field({ nullable: true })
  program?: string;
  @Field({ description: TIMESTAMP })
  startedAt: string;
  @Field()
  answered: boolean;
  @Field(() => Int, { nullable: true, description: 'Seconds; required when answered.' }) waitS?: number;
  @Field(() => Int, { nullable: true }) talkS?: number;
  @Field(() => Int, { nullable: true }) holdS?: number;
  @Field(() => Int, { nullable: true }) acwS?: number;
  @Field({ nullable: true }) resolved?: boolean;
  @Field({ nullable: true }) transferred?: boolean;
  @Field({ nullable: true }) saleOpportunity?: boolean;
  @Field({ nullable: true }) sale?: boolean;
  @Field({ nullable: true }) agent?: string;
  @Field({ nullable: true }) topic?: string;
  @Field(() => Int, { nullable: true }) csat?: number;
  @Field(() => Int, { nullable: true }) nps?: number;
  @Field(() => Int, { nullable: true }) ces?: number;
  @Field({ nullable: true }) comment?: string;
}
