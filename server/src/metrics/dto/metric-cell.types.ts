import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { MetricId } from '@cxlens/shared';
import { MetricIdEnum } from './metric-enums';

@ObjectType({ description: 'One measure in one row: value with its 95% interval and, when comparing, the change and its test.' })
export class MetricCell {
  @Field(() => MetricIdEnum)
  metric: MetricId;

  @Field(() => Float, { nullable: true, description: 'In display units (percent 0-100, NPS -100..100, seconds, score, count); null when n is 0.' })
  value: number | null;

  @Field(() => Float, { description: 'Sample size behind the value (the denominator of a rate).' })
  n: number;

  @Field(() => Float, { nullable: true, description: '95% interval, low end (Wilson, NPS standard error or t); null for counts and ratios.' })
  ciLow: number | null;

  @Field(() => Float, { nullable: true })
  ciHigh: number | null;

  @Field(() => Float, { nullable: true })
  standardError: number | null;

  @Field({ description: 'n below the organisation minimum sample (shown, never hidden).' })
  lowSample: boolean;

  @Field(() => Float, { nullable: true, description: 'Value in the comparison period.' })
  previousValue: number | null;

  @Field(() => Float, { nullable: true })
  previousN: number | null;

  @Field(() => Float, { nullable: true, description: 'value - previousValue (percentage points for percentages).' })
  delta: number | null;

  @Field(() => Float, { nullable: true, description: "Two-sided p-value of the metric's test (see metricDefinitions.testMethod)." })
  pValue: number | null;

  @Field(() => Float, { nullable: true, description: 'Benjamini–Hochberg adjusted p-value, when adjustment was requested.' })
  adjustedPValue: number | null;

  @Field(() => Boolean, { nullable: true, description: 'p (adjusted when adjusting) below 0.05; null when not comparing.' })
  significant: boolean | null;
}
