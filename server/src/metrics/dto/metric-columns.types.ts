import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { Dimension, MetricId } from '@cxlens/shared';
import { DimensionEnum, MetricIdEnum } from './metric-enums';
import { DimensionValue, TimeBucket } from './metrics-result.types';

@ObjectType({ description: 'One groupBy dimension by column: each value once, and per row the position of its value.' })
export class MetricDimensionColumn {
  @Field(() => DimensionEnum)
  dimension: Dimension;

  @Field(() => [DimensionValue], { description: 'Distinct values in order of first appearance.' })
  values: DimensionValue[];

  @Field(() => [Int], { description: 'Per row, the index of its value in `values`.' })
  index: number[];
}

const nullableColumn = (description: string) => ({ nullable: true, description: `${description} Null when no row has one.` });

@ObjectType({ description: "One measure's cells by column, row i of each list belonging to row i of the answer. The fields mean what they mean on MetricCell." })
export class MetricCellColumns {
  @Field(() => MetricIdEnum)
  metric: MetricId;

  @Field(() => [Float], { nullable: 'items' })
  value: (number | null)[];

  @Field(() => [Float])
  n: number[];

  @Field(() => [Boolean])
  lowSample: boolean[];

  @Field(() => [Float], { ...nullableColumn('95% interval, low end.'), nullable: 'itemsAndList' })
  ciLow: (number | null)[] | null;

  @Field(() => [Float], { ...nullableColumn('95% interval, high end.'), nullable: 'itemsAndList' })
  ciHigh: (number | null)[] | null;

  @Field(() => [Float], { ...nullableColumn('Standard error.'), nullable: 'itemsAndList' })
  standardError: (number | null)[] | null;

  @Field(() => [Float], { ...nullableColumn('Value in the comparison period.'), nullable: 'itemsAndList' })
  previousValue: (number | null)[] | null;

  @Field(() => [Float], { ...nullableColumn('Sample size in the comparison period.'), nullable: 'itemsAndList' })
  previousN: (number | null)[] | null;

  @Field(() => [Float], { ...nullableColumn('value - previousValue.'), nullable: 'itemsAndList' })
  delta: (number | null)[] | null;

  @Field(() => [Float], { ...nullableColumn('Two-sided p-value.'), nullable: 'itemsAndList' })
  pValue: (number | null)[] | null;

  @Field(() => [Float], { ...nullableColumn('Benjamini–Hochberg adjusted p-value.'), nullable: 'itemsAndList' })
  adjustedPValue: (number | null)[] | null;

  @Field(() => [Boolean], { ...nullableColumn('Significant at 0.05.'), nullable: 'itemsAndList' })
  significant: (boolean | null)[] | null;
}

@ObjectType({
  description: 'The rows of a metrics answer by column: far smaller and faster than `rows` for big groupings '
    + '(a site × channel × week cube), with the same numbers. Row i is dimensions[*].values[index[i]], buckets[bucketIndex[i]] and cells[*].<field>[i].',
})
export class MetricColumns {
  @Field(() => Int)
  rowCount: number;

  @Field(() => [MetricDimensionColumn], { description: 'One per groupBy dimension, in groupBy order.' })
  dimensions: MetricDimensionColumn[];

  @Field(() => [TimeBucket], { nullable: true, description: 'Distinct buckets in order of first appearance; null with granularity NONE.' })
  buckets: TimeBucket[] | null;

  @Field(() => [Int], { nullable: true })
  bucketIndex: number[] | null;

  @Field(() => [MetricCellColumns], { description: 'One per measure, in measures order.' })
  cells: MetricCellColumns[];
}
