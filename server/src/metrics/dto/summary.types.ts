import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { ComparePeriod, Granularity, ResolvedMetricSource } from '@cxlens/shared';
import { ComparePeriodEnum, GranularityEnum, MetricSourceEnum } from './metric-enums';
import { MetricCell } from './metric-cell.types';
import { MetricSettingsType } from './metric-settings.types';
import { ReportingPeriod } from './metrics-result.types';

@ObjectType()
export class SparklinePoint {
  @Field({ description: 'Local start of the day or ISO week.' })
  start: string;

  @Field()
  label: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Float)
  n: number;
}

@ObjectType({ description: 'A dashboard tile: the period value with its interval, the change against the comparison period, and a sparkline.' })
export class SummaryTile extends MetricCell {
  @Field({ description: 'The variant in force, in one sentence.' })
  variant: string;

  @Field(() => [SparklinePoint])
  sparkline: SparklinePoint[];
}

@ObjectType()
export class MetricSummary {
  @Field(() => ReportingPeriod)
  period: ReportingPeriod;

  @Field(() => ReportingPeriod, { nullable: true })
  previousPeriod: ReportingPeriod | null;

  @Field(() => ComparePeriodEnum, { nullable: true })
  compareTo: ComparePeriod | null;

  @Field(() => MetricSourceEnum)
  source: ResolvedMetricSource;

  @Field(() => GranularityEnum, { description: 'DAY for periods up to 45 days, WEEK beyond.' })
  sparklineGranularity: Granularity;

  @Field(() => MetricSettingsType)
  settings: MetricSettingsType;

  @Field(() => [SummaryTile])
  tiles: SummaryTile[];
}
