import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Channel, MetricId, PValueAdjustment, ResolvedMetricSource } from '@cxlens/shared';
import { ChannelEnum } from '../../common/graphql-enums';
import { Site } from '../../sites/site.entity';
import { MetricIdEnum, MetricSourceEnum, PValueAdjustmentEnum, RankingTest, RankingTestEnum } from './metric-enums';
import { ReportingPeriod } from './metrics-result.types';

@ObjectType({ description: "The organisation's value of the measure over the period (all filtered sites together)." })
export class OrganizationMetricValue {
  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Float)
  n: number;

  @Field(() => Float, { nullable: true })
  ciLow: number | null;

  @Field(() => Float, { nullable: true })
  ciHigh: number | null;

  @Field()
  lowSample: boolean;
}

@ObjectType({ description: "A channel's weight in the organisation's mix, which mix-adjusted values are standardised to." })
export class ChannelWeight {
  @Field(() => ChannelEnum)
  channel: Channel;

  @Field(() => Float, { description: "The organisation's n of the measure in this channel." })
  n: number;

  @Field(() => Float, { description: 'Share of the total n, 0..1.' })
  share: number;
}

@ObjectType()
export class SiteRankingEntry {
  @Field(() => Int, { nullable: true, description: '1 = best in the direction of the metric; equal values share a rank; null without a value.' })
  rank: number | null;

  @Field(() => ID)
  siteId: string;

  // Set by SiteRankingService from one query for every entry, in the caller's scope: a plain property, no field resolver per entry.
  @Field(() => Site)
  site: Site;

  @Field(() => Float, { nullable: true, description: 'Mix-adjusted when requested.' })
  value: number | null;

  @Field(() => Float, { description: "The site's own n (not re-weighted)." })
  n: number;

  @Field(() => Float, { nullable: true })
  ciLow: number | null;

  @Field(() => Float, { nullable: true })
  ciHigh: number | null;

  @Field()
  lowSample: boolean;

  @Field(() => Float, { nullable: true, description: "value - the organisation's value." })
  differenceFromOrganization: number | null;

  @Field(() => Float, { nullable: true, description: 'Two-sided p of the site against the rest of the organisation, before adjustment.' })
  pValue: number | null;

  @Field(() => Float, { nullable: true, description: 'Benjamini–Hochberg adjusted across the ranked sites.' })
  adjustedPValue: number | null;

  @Field({ description: 'adjustedPValue below 0.05.' })
  significant: boolean;

  @Field(() => Float, { nullable: true, description: "Mix-adjusted only: share of the organisation's mix the site has data for (1 = all channels)." })
  coverage: number | null;

  @Field(() => [ChannelEnum], { description: 'Mix-adjusted only: channels of the mix the site has no data in.' })
  missingChannels: Channel[];
}

@ObjectType({ description: 'Sites ranked on one measure, each tested against the rest of the organisation.' })
export class SiteRanking {
  @Field(() => MetricIdEnum)
  measure: MetricId;

  @Field()
  variant: string;

  @Field(() => ReportingPeriod)
  period: ReportingPeriod;

  @Field(() => MetricSourceEnum)
  source: ResolvedMetricSource;

  @Field()
  mixAdjusted: boolean;

  @Field(() => RankingTestEnum, { description: 'The test behind pValue.' })
  test: RankingTest;

  @Field(() => PValueAdjustmentEnum)
  pValueAdjustment: PValueAdjustment;

  @Field(() => OrganizationMetricValue)
  organization: OrganizationMetricValue;

  @Field({
    description:
      'True when `organization` and the ranks cover every site of the organisation. A site manager gets organisation-wide ' +
      'totals (never other sites by name) only when at least 3 other sites have data; otherwise their own sites.',
  })
  organizationWide: boolean;

  @Field(() => [ChannelWeight], { nullable: true, description: 'The reference channel mix, when mix-adjusted.' })
  channelWeights: ChannelWeight[] | null;

  @Field(() => [SiteRankingEntry])
  sites: SiteRankingEntry[];
}
