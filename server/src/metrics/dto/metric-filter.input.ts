import { Field, ID, InputType } from '@nestjs/graphql';
import type { Channel } from '@cxlens/shared';
import { ChannelEnum } from '../../common/graphql-enums';
import { LocalDateScalar } from './local-date.scalar';

@InputType({ description: "Which rows a metric reads. Dates are each site's local calendar days; every list means \"any of\"." })
export class MetricFilter {
  @Field(() => LocalDateScalar, { description: 'First site-local day, included.' })
  from: string;

  @Field(() => LocalDateScalar, { description: 'Last site-local day, included.' })
  to: string;

  @Field({ nullable: true, description: 'Also only rows at or after this instant (partial days; reads raw rows).' })
  fromTime?: Date;

  @Field({ nullable: true, description: 'Also only rows before this instant (partial days; reads raw rows).' })
  toTime?: Date;

  @Field(() => [ID], { nullable: true })
  siteIds?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes of the sites.' })
  countries?: string[];

  @Field(() => [String], { nullable: true })
  regions?: string[];

  @Field(() => [ChannelEnum], { nullable: true })
  channels?: Channel[];

  @Field(() => [ID], { nullable: true })
  programIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Agent teams on survey responses (raw rows; survey measures only).' })
  agentTeams?: string[];

  @Field(() => [String], { nullable: true, description: 'Contact reasons on survey responses (raw rows; survey measures only).' })
  topics?: string[];
}
