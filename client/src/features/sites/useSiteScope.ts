import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { useReferenceData } from '../../api/operations/reference';
import type { MetricFilterInput } from '../../api/types';
import { useFilters } from '../../filters/useFilters';

/**
 * The site of a detail page and the dashboard filters narrowed to it: the site replaces any site
 * or country choice; period, channels, programs and comparison still apply.
 */
export function useSiteScope() {
  const { siteId = '' } = useParams();
  const reference = useReferenceData();
  const { filters, metricFilter, compareTo } = useFilters();
  const site = reference.data?.sites.find((s) => s.id === siteId);
  const siteFilter = useMemo<MetricFilterInput>(() => {
    const { countries: _countries, ...rest } = metricFilter;
    return { ...rest, siteIds: [siteId] };
  }, [metricFilter, siteId]);
  const siteFilters = useMemo(() => ({ ...filters, siteIds: [siteId], countries: [] }), [filters, siteId]);
  return { siteId, site, reference, filters, siteFilters, metricFilter, siteFilter, compareTo };
}
