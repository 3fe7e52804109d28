import type { MetricId } from '@cxlens/shared';
import type { VopUnit } from '../../api/types';
import { useUrlParam } from '../../filters/useFilters';
import { VOC_CHOICES, VOP_CHOICES } from '../../metrics/catalog';

export const VOP_UNITS: readonly VopUnit[] = ['SITE', 'SITE_CHANNEL', 'CHANNEL', 'PROGRAM'];
export type SeriesGranularity = 'DAY' | 'WEEK' | 'MONTH';
export const SERIES_GRANULARITIES: readonly SeriesGranularity[] = ['DAY', 'WEEK', 'MONTH'];

/** The page's own choices, in the URL beside the shared filters. */
export function useVopParams() {
  const [unit, setUnit] = useUrlParam<VopUnit>('unit', 'SITE', VOP_UNITS);
  const [vop, setVop] = useUrlParam<MetricId>('vop', 'MYSTERY_SCORE', VOP_CHOICES);
  const [voc, setVoc] = useUrlParam<MetricId>('voc', 'CSAT', VOC_CHOICES);
  const [granularity, setGranularity] = useUrlParam<SeriesGranularity>('gran', 'WEEK', SERIES_GRANULARITIES);
  const [focus, setFocus] = useUrlParam<string>('focus', '');
  return { unit, setUnit, vop, setVop, voc, setVoc, granularity, setGranularity, focus, setFocus };
}
