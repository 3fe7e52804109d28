import type { MetricId } from '@cxlens/shared';
import type { VopUnit } from '../../api/types';
import { useUrlParam } from '../../filters/useFilters';
import { DRIVER_TARGETS } from '../../metrics/catalog';
import { VOP_UNITS } from '../vop-vs-voc/useVopParams';

export type DriverGranularity = 'DAY' | 'WEEK';
export const DRIVER_GRANULARITIES: readonly DriverGranularity[] = ['DAY', 'WEEK'];

export function useDriverParams() {
  const [target, setTarget] = useUrlParam<MetricId>('target', 'CSAT', DRIVER_TARGETS);
  const [unit, setUnit] = useUrlParam<VopUnit>('unit', 'SITE', VOP_UNITS);
  const [granularity, setGranularity] = useUrlParam<DriverGranularity>('gran', 'WEEK', DRIVER_GRANULARITIES);
  const [driver, setDriver] = useUrlParam<string>('driver', '');
  return { target, setTarget, unit, setUnit, granularity, setGranularity, driver, setDriver };
}
