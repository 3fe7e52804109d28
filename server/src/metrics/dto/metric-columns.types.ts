import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Dimension, MetricId } from '@cxlens/shared';
import { BooleanColumnScalar, FloatColumnScalar, IntColumnScalar } from './column-scalars';
import { DimensionEnum, MetricIdEnum } from './metric-enums';
import { DimensionValue, TimeBucket } from './metrics-result.types';

@ObjectType({ description: 'One groupBy dimension by column: each value once, and per row the position of its value.' })
export class MetricDimensionColumn {
  @Field(() => DimensionEnum)
  dimension: Dimension;

  @Field(() => [DimensionValue], { description: 'Distinct values in order of first appearance.' })
  values: DimensionValue[];

  @Field(() => IntColumnScalar, { description: 'Per row, the index of its value in `values`.' })
  index: number[];
}

const nullableColumn = (description: string) => ({ nullable: true, description: `${description} Null when no row has one.` });

@ObjectType({ description: "One measure's cells by column, row i of each list belonging to row i of the answer. The fields mean what they mean on MetricCell." })
export class MetricCellColumns {
  @Field(() => MetricIdEnum)
  metric: MetricId;

  @Field(() => FloatColumnScalar, { description: 'Null items where a row has no value.' })
  value: (number | null)[];

  @Field(() => FloatColumnScalar, { description: 'No item is null.' })
  n: number[];

  @Field(() => BooleanColumnScalar, { description: 'No item is null.' })
  lowSample: boolean[];

  @Field(() => FloatColumnScalar, { ...nullableColumn('95% interval, low end.') })
  ciLow: (number | null)[] | null;

  @Field(() => FloatColumnScalar, { ...nullableColumn('95% interval, high end.') })
  ciHigh: (number | null)[] | null;

  @Field(() => FloatColumnScalar, { ...nullableColumn('Standard error.') })
  standardError: (number | null)[] | null;

  @Field(() => FloatColumnScalar, { ...nullableColumn('Value in the comparison period.') })
  previousValue: (number | null)[] | null;

  @Field(() => FloatColumnScalar, { ...nullableColumn('Sample size in the comparison period.') })
  previousN: (number | null)[] | null;

  @Field(() => FloatColumnScalar, { ...nullableColumn('value - previousValue.') })
  delta: (number | null)[] | null;

  @Field(() => FloatColumnScalar, { ...nullableColumn('Two-sided p-value.') })
  pValue: (number | null)[] | null;

  @Field(() => FloatColumnScalar, { ...nullableColumn('Benjamini–Hochberg adjusted p-value.') })
  adjustedPValue: (number | null)[] | null;

  @Field(() => BooleanColumnScalar, { ...nullableColumn('Significant at 0.05.') })
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

  @Field(() => IntColumnScalar, { nullable: true, description: 'Per row, the index of its bucket in `buckets`; null with granularity NONE.' })
  bucketIndex: number[] | null;

  @Field(() => [MetricCellColumns], { description: 'One per measure, in measures order.' })
  cells: MetricCellColumns[];
}
