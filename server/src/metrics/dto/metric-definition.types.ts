import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { CiMethod, MetricId, MetricUnit, TestMethod } from '@cxlens/shared';
import { CiMethodEnum, MetricDomainEnum, MetricIdEnum, MetricUnitEnum, TestMethodEnum } from './metric-enums';

@ObjectType({ description: 'Display range of a metric; max null when unbounded (seconds, counts).' })
export class MetricScale {
  @Field(() => Float)
  min: number;

  @Field(() => Float, { nullable: true })
  max: number | null;
}

@ObjectType('MetricDefinition', { description: 'A metric of the registry as this organisation computes it: format and explain from here.' })
export class MetricDefinitionType {
  @Field(() => MetricIdEnum)
  id: MetricId;

  @Field(() => MetricDomainEnum)
  domain: 'VOC' | 'VOP' | 'KPI';

  @Field()
  label: string;

  @Field()
  labelZh: string;

  @Field()
  description: string;

  @Field(() => MetricUnitEnum)
  unit: MetricUnit;

  @Field(() => MetricScale)
  scale: MetricScale;

  @Field(() => Int)
  decimals: number;

  @Field(() => Boolean, { nullable: true, description: 'Null where no direction is right (volumes, occupancy).' })
  higherIsBetter: boolean | null;

  @Field({ description: 'Source facts: survey, evaluation or kpi.' })
  fact: string;

  @Field({ description: 'The formula over additive parts (summed counts and sums), e.g. "100 × csat_top2 ÷ csat_n".' })
  formula: string;

  @Field(() => CiMethodEnum)
  ciMethod: CiMethod;

  @Field(() => TestMethodEnum)
  testMethod: TestMethod;

  @Field({ description: 'The variant in force, in one sentence.' })
  variant: string;
}
