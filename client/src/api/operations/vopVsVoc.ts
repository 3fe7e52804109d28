import type { Granularity, MetricId } from '@cxlens/shared';
import type { MetricFilterInput, VopUnit, VopVsVocResult } from '../types';
import { useQuery } from '../useQuery';
import { METRIC_CELL_FIELDS } from './fragments';

export const VOP_VS_VOC_QUERY = /* GraphQL */ `
  query VopVsVoc(
    $filter: MetricFilter!
    $unit: VopUnit!
    $vop: MetricId!
    $voc: MetricId!
    $granularity: Granularity
    $focusUnit: String
  ) {
    vopVsVoc(filter: $filter, unit: $unit, vop: $vop, voc: $voc, granularity: $granularity, focusUnit: $focusUnit) {
      vop
      voc
      unit
      vopMedian
      vocMedian
      classified
      minVopSample
      minVocSample
      pearson { r pValue n }
      spearman { r pValue n }
      units {
        key label siteId channel programId
        vop { ${METRIC_CELL_FIELDS} }
        voc { ${METRIC_CELL_FIELDS} }
        vopPercentile vocPercentile gap quadrant
      }
      timeSeries {
        unitKey
        label
        points { bucket vop { ${METRIC_CELL_FIELDS} } voc { ${METRIC_CELL_FIELDS} } }
        lagCorrelations { lag r pValue n }
      }
    }
  }
`;

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
