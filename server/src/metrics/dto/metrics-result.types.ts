import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ComparePeriod, Dimension, Granularity, MetricColumnsData, MetricId, PValueAdjustment, ResolvedMetricSource } from '@cxlens/shared';
import { ComparePeriodEnum, DimensionEnum, GranularityEnum, MetricIdEnum, MetricSourceEnum, PValueAdjustmentEnum } from './metric-enums';
import { LocalDateScalar } from './local-date.scalar';
import { MetricCell } from './metric-cell.types';
import { MetricSettingsType } from './metric-settings.types';

@ObjectType({ description: 'A period as queried: site-local dates, optionally narrowed to instants.' })
export class ReportingPeriod {
  @Field(() => LocalDateScalar)
  from: string;

  @Field(() => LocalDateScalar)
  to: string;

  @Field(() => Date, { nullable: true })
  fromTime: Date | null;

  @Field(() => Date, { nullable: true })
  toTime: Date | null;

  @Field(() => Int)
  days: number;
}

@ObjectType({ description: 'The variant of a metric in force for this organisation, in one sentence.' })
export class MetricVariant {
  @Field(() => MetricIdEnum)
  metric: MetricId;

  @Field()
  description: string;
}

@ObjectType({ description: 'The group a row belongs to along one dimension.' })
export class DimensionValue {
  @Field(() => DimensionEnum)
  dimension: Dimension;

  @Field(() => ID, { nullable: true, description: 'Site or program id, country code, channel, "PH:Manila", region, team or topic; null = none recorded.' })
  id: string | null;

  @Field({ description: 'Site or program name, channel or country name, city, region, team or topic.' })
  label?: string;

  // `site` is resolved per request with DataLoader (nested-fields.resolvers.ts).
}

@ObjectType({ description: "A time bucket in the site's local time." })
export class TimeBucket {
  @Field({ description: "Local start: '2026-03-02' for a day, ISO week (its Monday), month or quarter; '2026-03-08T03:00' for an hour." })
  start: string;

  @Field({ description: "'2026-03-02', '2026-W10', '2026-03', '2026-Q1' or '2026-03-08 03:00'." })
  label: string;
}

@ObjectType()
export class MetricRow {
  @Field(() => [DimensionValue], { description: 'One value per groupBy dimension, in groupBy order.' })
  dimensions: DimensionValue[];

  @Field(() => TimeBucket, { nullable: true, description: 'Null with granularity NONE.' })
  bucket: TimeBucket | null;

  @Field(() => [MetricCell], { description: 'One cell per measure, in measures order.' })
  cells: MetricCell[];
}

@ObjectType({ description: 'Metrics per group and time bucket, with intervals and, when comparing, tests.' })
export class MetricsResult {
  @Field(() => [MetricIdEnum])
  measures: MetricId[];

  @Field(() => [DimensionEnum])
  groupBy: Dimension[];

  @Field(() => GranularityEnum)
  granularity: Granularity;

  @Field(() => ComparePeriodEnum, { nullable: true })
  compareTo: ComparePeriod | null;

  @Field(() => ReportingPeriod)
  period: ReportingPeriod;

  @Field(() => ReportingPeriod, { nullable: true })
  previousPeriod: ReportingPeriod | null;

  @Field(() => MetricSourceEnum, { description: 'ROLLUP or RAW: where the numbers came from.' })
  source: ResolvedMetricSource;

  @Field({ description: 'Why that source.' })
  sourceReason: string;

  @Field(() => PValueAdjustmentEnum)
  pValueAdjustment: PValueAdjustment;

  @Field(() => [MetricVariant])
  variants: MetricVariant[];

  @Field(() => MetricSettingsType, { description: 'The organisation settings the numbers were computed with.' })
  settings: MetricSettingsType;

  @Field(() => [MetricRow])
  rows: MetricRow[];

  /** The answer by column, as the engine builds it; sent by the `columns` field (metric-columns.resolver.ts). */
  columns: MetricColumnsData;
}
