import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { MetricFilterInput } from '../api/types';
import { localToday } from './datePresets';
import { parseFilters, toComparePeriod, toMetricFilter, writeFilters, type DashboardFilters } from './filterParams';

/**
 * The dashboard filters from the URL, and a setter writing them back. Every analysis page reads
 * the same parameters, so a bookmarked or shared URL opens the same view.
 */
export function useFilters() {
  const [params, setParams] = useSearchParams();
  // One "today" per mount: presets must not shift under a view left open past midnight.
  const [today] = useState(localToday);
  const filters = useMemo(() => parseFilters(params, today), [params, today]);
  const metricFilter: MetricFilterInput = useMemo(() => toMetricFilter(filters), [filters]);

  const setFilters = useCallback(
    (patch: Partial<DashboardFilters>) =>
      setParams((previous) => writeFilters(previous, { ...parseFilters(previous, today), ...patch }), { replace: true }),
    [setParams, today],
  );
  const resetFilters = useCallback(
    () => setParams((previous) => writeFilters(previous, parseFilters(new URLSearchParams(), today)), { replace: true }),
    [setParams, today],
  );

  return { filters, metricFilter, compareTo: toComparePeriod(filters.compare), setFilters, resetFilters };
}

/**
 * One page-level URL parameter (a chosen metric, a toggle, a sort order), constrained to the
 * allowed values; the default is left out of the URL.
 */
export function useUrlParam<T extends string>(name: string, fallback: T, allowed?: readonly T[]): [T, (value: T) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(name);
  const value = raw !== null && (!allowed || (allowed as readonly string[]).includes(raw)) ? (raw as T) : fallback;
  const setValue = useCallback(
    (next: T) =>
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          if (next === fallback) updated.delete(name);
          else updated.set(name, next);
          return updated;
        },
        { replace: true },
      ),
    [name, fallback, setParams],
  );
  return [value, setValue];
}

/**
 * Sets several page parameters in one navigation (null removes one). Two setters called in the
 * same event would each start from the same URL, and the second would undo the first.
 */
export function usePatchUrlParams(): (patch: Record<string, string | null>) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (patch) =>
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          for (const [name, value] of Object.entries(patch)) {
            if (value === null) updated.delete(name);
            else updated.set(name, value);
          }
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );
}
