import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Channel, MetricId } from '@cxlens/shared';
import { ChannelEnum } from '../../common/graphql-enums';
import { MetricCell } from '../../metrics/dto/metric-cell.types';
import { MetricIdEnum } from '../../metrics/dto/metric-enums';
import { QUADRANTS, Quadrant } from '../analysis/quadrants';

export const VOP_UNITS = ['SITE', 'SITE_CHANNEL', 'CHANNEL', 'PROGRAM'] as const;
export type VopUnit = (typeof VOP_UNITS)[number];

export const VopUnitEnum = Object.fromEntries(VOP_UNITS.map((u) => [u, u])) as Record<VopUnit, VopUnit>;
export const QuadrantEnum = Object.fromEntries(QUADRANTS.map((q) => [q, q])) as Record<Quadrant, Quadrant>;
registerEnumType(VopUnitEnum, { name: 'VopUnit', description: 'What each point compares: a site, a site on one channel, a channel or a program.' });
registerEnumType(QuadrantEnum, {
  name: 'Quadrant',
  description: 'Process vs customers: both good, both weak, process good but customers unhappy (blind spot), process weak but customers happy (hidden strength), or too little data to say.',
});

@ObjectType()
export class CorrelationStat {
  @Field(() => Float) r: number;
  @Field(() => Float) pValue: number;
  @Field(() => Int) n: number;
}

@ObjectType()
export class VopUnitResult {
  @Field() key: string;
  @Field() label: string;
  @Field(() => ID, { nullable: true }) siteId: string | null;
  @Field(() => ChannelEnum, { nullable: true }) channel: Channel | null;
  @Field(() => ID, { nullable: true }) programId: string | null;
  @Field(() => MetricCell) vop: MetricCell;
  @Field(() => MetricCell) voc: MetricCell;
  @Field(() => Float, { nullable: true, description: 'Percentile (0-100) among units with enough data, higher = better.' }) vopPercentile: number | null;
  @Field(() => Float, { nullable: true }) vocPercentile: number | null;
  @Field(() => Float, { nullable: true, description: 'vocPercentile - vopPercentile: negative when customers rate the unit below its process scores.' }) gap: number | null;
  @Field(() => QuadrantEnum) quadrant: Quadrant;
}

@ObjectType()
export class VopTimePoint {
  @Field({ description: 'Site-local start of the bucket.' }) bucket: string;
  @Field(() => MetricCell) vop: MetricCell;
  @Field(() => MetricCell) voc: MetricCell;
}

@ObjectType('LagCorrelation', { description: 'r between vop[t] and voc[t + lag]: a positive lag means the process leads the customers.' })
export class LagCorrelationStat {
  @Field(() => Int) lag: number;
  @Field(() => Float, { nullable: true }) r: number | null;
  @Field(() => Float, { nullable: true }) pValue: number | null;
  @Field(() => Int) n: number;
}

@ObjectType()
export class VopTimeSeries {
  @Field() unitKey: string;
  @Field() label: string;
  @Field(() => [VopTimePoint]) points: VopTimePoint[];
  @Field(() => [LagCorrelationStat]) lagCorrelations: LagCorrelationStat[];
}

@ObjectType({ description: 'Voice of the process against voice of the customer, unit by unit.' })
export class VopVsVocResult {
  @Field(() => MetricIdEnum) vop: MetricId;
  @Field(() => MetricIdEnum) voc: MetricId;
  @Field(() => VopUnitEnum) unit: VopUnit;
  @Field(() => [VopUnitResult]) units: VopUnitResult[];
  @Field(() => Float, { nullable: true }) vopMedian: number | null;
  @Field(() => Float, { nullable: true }) vocMedian: number | null;
  @Field(() => CorrelationStat, { nullable: true, description: 'Across the classified units.' }) pearson: CorrelationStat | null;
  @Field(() => CorrelationStat, { nullable: true }) spearman: CorrelationStat | null;
  @Field(() => Int, { description: 'Units with enough data on both voices.' }) classified: number;
  @Field(() => Int) minVopSample: number;
  @Field(() => Int) minVocSample: number;
  @Field(() => VopTimeSeries, { nullable: true, description: 'Both voices over time for focusUnit.' }) timeSeries: VopTimeSeries | null;
}

@ObjectType('Driver')
export class DriverStat {
  @Field(() => MetricIdEnum) candidate: MetricId;
  @Field(() => Int) n: number;
  @Field(() => Float, { nullable: true, description: 'Simple correlation with the target.' }) r: number | null;
  @Field(() => Float, { nullable: true }) rPValue: number | null;
  @Field(() => Float, { description: 'Standardised coefficient in the multiple regression.' }) standardizedBeta: number;
  @Field(() => Float) betaCiLow: number;
  @Field(() => Float) betaCiHigh: number;
  @Field(() => Float, { nullable: true }) betaPValue: number | null;
  @Field(() => Float, { description: '|standardised coefficient|.' }) importance: number;
  @Field(() => Int) rank: number;
}

@ObjectType()
export class ExcludedDriver {
  @Field(() => MetricIdEnum) candidate: MetricId;
  @Field(() => Int) n: number;
  @Field() reason: string;
}

@ObjectType()
export class DriverValue {
  @Field(() => MetricIdEnum) candidate: MetricId;
  @Field(() => Float, { nullable: true }) value: number | null;
}

@ObjectType('DriverObservation', { description: 'One unit-period (e.g. a site-week) of the driver analysis.' })
export class DriverObservationType {
  @Field() unitKey: string;
  @Field() label: string;
  @Field() bucket: string;
  @Field(() => Float, { nullable: true }) target: number | null;
  @Field(() => [DriverValue]) values: DriverValue[];
}

@ObjectType('ItemSeparation', { description: 'How much better evaluations at high-VOC sites did on one checklist item than at low-VOC sites.' })
export class ItemSeparationType {
  @Field() section: string;
  @Field() item: string;
  @Field(() => Float, { nullable: true }) highMean: number | null;
  @Field(() => Float, { nullable: true }) lowMean: number | null;
  @Field(() => Float, { nullable: true }) difference: number | null;
  @Field(() => Int) highN: number;
  @Field(() => Int) lowN: number;
  @Field(() => Float, { nullable: true }) pValue: number | null;
  @Field(() => Float, { nullable: true }) adjustedPValue: number | null;
}

@ObjectType()
export class DriverResult {
  @Field(() => MetricIdEnum) target: MetricId;
  @Field(() => Int, { description: 'Observations used by the regression.' }) n: number;
  @Field(() => Float, { nullable: true }) rSquared: number | null;
  @Field(() => [DriverStat]) drivers: DriverStat[];
  @Field(() => [ExcludedDriver]) excluded: ExcludedDriver[];
  @Field(() => [DriverObservationType]) observations: DriverObservationType[];
  @Field(() => [ItemSeparationType]) itemSeparation: ItemSeparationType[];
}
