import type { Granularity, MetricId } from '@cxlens/shared';
import type { DriverResult, MetricFilterInput, VopUnit } from '../types';
import { useQuery } from '../useQuery';

export const DRIVERS_QUERY = /* GraphQL */ `
  query Drivers(
    $filter: MetricFilter!
    $target: MetricId!
    $candidates: [MetricId!]
    $unit: VopUnit
    $granularity: Granularity
  ) {
    drivers(filter: $filter, target: $target, candidates: $candidates, unit: $unit, granularity: $granularity) {
      target
      n
      rSquared
      drivers { candidate n r rPValue standardizedBeta betaCiLow betaCiHigh betaPValue importance rank }
      excluded { candidate n reason }
      observations { unitKey label bucket target values { candidate value } }
      itemSeparation { section item highMean lowMean difference highN lowN pValue adjustedPValue }
    }
  }
`;

export interface DriversVariables {
  filter: MetricFilterInput;
  target: MetricId;
  candidates: MetricId[] | null;
  unit: VopUnit;
  granularity: Granularity;
  [key: string]: unknown;
}

export function useDrivers(variables: DriversVariables) {
  return useQuery<{ drivers: DriverResult }>(DRIVERS_QUERY, variables);
}
