import { ArgsType, Field, InputType } from '@nestjs/graphql';
import type { ComparePeriod, Dimension, Granularity, MetricId, MetricSource } from '@cxlens/shared';
import { ComparePeriodEnum, DimensionEnum, GranularityEnum, MetricIdEnum, MetricSourceEnum } from './metric-enums';
import { MetricFilter } from './metric-filter.input';

@InputType({ description: "Order rows by one requested measure's value (empty values last)." })
export class MetricOrder {
  @Field(() => MetricIdEnum)
  measure: MetricId;

  @Field({ defaultValue: true })
  descending: boolean;
}

@ArgsType()
export class MetricsArgs {
  @Field(() => MetricFilter)
  filter: MetricFilter;

  @Field(() => [MetricIdEnum], { description: 'Metrics to compute; several facts (surveys, evaluations, KPIs) may be mixed.' })
  measures: MetricId[];

  @Field(() => [DimensionEnum], { defaultValue: [], description: 'Up to 3 dimensions.' })
  groupBy: Dimension[];

  @Field(() => GranularityEnum, { defaultValue: 'NONE' })
  granularity: Granularity;

  @Field(() => ComparePeriodEnum, { nullable: true, description: 'Compare each row with the same row of this earlier period.' })
  compareTo?: ComparePeriod | null;

  @Field(() => MetricSourceEnum, { defaultValue: 'AUTO' })
  source: MetricSource;

  @Field({ defaultValue: false, description: 'Adjust comparison p-values with Benjamini–Hochberg across the rows of each measure.' })
  adjustPValues: boolean;

  @Field(() => MetricOrder, { nullable: true, description: 'Default: by time bucket, then by group.' })
  orderBy?: MetricOrder | null;

  @Field({
    defaultValue: false,
    description:
      'With groupBy and a DAY, WEEK, MONTH or QUARTER granularity: also return, for every group seen, the buckets of the period in which it has no data (value null, n 0). Default: only rows that hold data. Without groupBy every bucket is always returned.',
  })
  fillEmptyBuckets?: boolean;
}

@ArgsType()
export class SummaryArgs {
  @Field(() => MetricFilter)
  filter: MetricFilter;

  @Field(() => [MetricIdEnum], {
    nullable: true,
    description: 'Default: the dashboard tiles (headline CSAT, DSAT, NPS, CES, RESOLVED, SERVICE_LEVEL, ASA, AHT, ABANDON_RATE, FCR).',
  })
  measures?: MetricId[] | null;

  @Field(() => ComparePeriodEnum, { nullable: true, defaultValue: 'PREVIOUS_PERIOD', description: 'null: no comparison.' })
  compareTo: ComparePeriod | null;
}

@ArgsType()
export class SiteRankingArgs {
  @Field(() => MetricFilter)
  filter: MetricFilter;

  @Field(() => MetricIdEnum)
  measure: MetricId;

  @Field({ defaultValue: false, description: "Standardise every site to the organisation's channel mix before ranking." })
  mixAdjusted: boolean;
}
