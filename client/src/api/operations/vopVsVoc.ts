import { VOP_VS_VOC_QUERY, type Granularity, type MetricId } from '@cxlens/shared';
import type { MetricFilterInput, VopUnit, VopVsVocResult } from '../types';
import { useQuery } from '../useQuery';

export { VOP_VS_VOC_QUERY };

export interface VopVsVocVariables {
  filter: MetricFilterInput;
  unit: VopUnit;
  vop: MetricId;
  voc: MetricId;
  granularity: Granularity;
  focusUnit: string | null;
  [key: string]: unknown;
}

export function useVopVsVoc(variables: VopVsVocVariables) {
  return useQuery<{ vopVsVoc: VopVsVocResult }>(VOP_VS_VOC_QUERY, variables);
}
