import { CHANNELS, isChannel, isLocalDate, type Channel, type ComparePeriod } from '@cxlens/shared';
import type { MetricFilterInput } from '../api/types';
import { DEFAULT_RANGE, isRangePreset, resolvePreset, type RangePreset } from './datePresets';

export const COMPARE_OPTIONS = ['prev', 'yoy', 'none'] as const;
export type CompareOption = (typeof COMPARE_OPTIONS)[number];
const DEFAULT_COMPARE: CompareOption = 'prev';

/** The filter bar's state: what every analysis page reads, kept in the URL so views can be shared. */
export interface DashboardFilters {
  range: RangePreset;
  /** Site-local calendar days, inclusive; resolved from the preset unless `range` is custom. */
  from: string;
  to: string;
  siteIds: string[];
  countries: string[];
  channels: Channel[];
  programIds: string[];
  compare: CompareOption;
}

/** Search parameters owned by the filter bar; every other parameter belongs to a page (or `lang`). */
export const FILTER_PARAMS = ['range', 'from', 'to', 'sites', 'countries', 'channels', 'programs', 'compare'] as const;

const ID = /^\d{1,18}$/;
const COUNTRY = /^[A-Z]{2}$/;

function list(params: URLSearchParams, name: string, valid: (value: string) => boolean): string[] {
  const raw = params.get(name);
  if (!raw) return [];
  return [...new Set(raw.split(',').map((value) => value.trim()).filter(valid))];
}

/** Reads the filters from a URL; anything malformed falls back to the default rather than failing. */
export function parseFilters(params: URLSearchParams, today: string): DashboardFilters {
  const rangeParam = params.get('range');
  let range: RangePreset = isRangePreset(rangeParam) ? rangeParam : DEFAULT_RANGE;
  let from = params.get('from') ?? '';
  let to = params.get('to') ?? '';
  // A range given by its dates alone (a hand-written link) is a custom range.
  if (!rangeParam && isLocalDate(from) && isLocalDate(to)) range = 'custom';
  if (range === 'custom' && !(isLocalDate(from) && isLocalDate(to))) range = DEFAULT_RANGE;
  if (range !== 'custom') ({ from, to } = resolvePreset(range, today));
  else if (from > to) [from, to] = [to, from];

  const compareParam = params.get('compare');
  return {
    range,
    from,
    to,
    siteIds: list(params, 'sites', (v) => ID.test(v)).sort(byNumber),
    countries: list(params, 'countries', (v) => COUNTRY.test(v)).sort(),
    channels: sortChannels(list(params, 'channels', isChannel) as Channel[]),
    programIds: list(params, 'programs', (v) => ID.test(v)).sort(byNumber),
    compare: (COMPARE_OPTIONS as readonly string[]).includes(compareParam ?? '') ? (compareParam as CompareOption) : DEFAULT_COMPARE,
  };
}

const byNumber = (a: string, b: string) => Number(a) - Number(b);
const sortChannels = (channels: Channel[]) => [...channels].sort((a, b) => CHANNELS.indexOf(a) - CHANNELS.indexOf(b));

/**
 * Writes the filters into a copy of `params`, leaving the page's own parameters alone. Defaults
 * are left out and lists are sorted, so one view has one URL.
 */
export function writeFilters(params: URLSearchParams, filters: DashboardFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of FILTER_PARAMS) next.delete(name);
  if (filters.range !== DEFAULT_RANGE) next.set('range', filters.range);
  if (filters.range === 'custom') {
    next.set('from', filters.from);
    next.set('to', filters.to);
  }
  const setList = (name: string, values: readonly string[]) => values.length && next.set(name, values.join(','));
  setList('sites', [...filters.siteIds].sort(byNumber));
  setList('countries', [...filters.countries].sort());
  setList('channels', sortChannels(filters.channels));
  setList('programs', [...filters.programIds].sort(byNumber));
  if (filters.compare !== DEFAULT_COMPARE) next.set('compare', filters.compare);
  return next;
}

/** The part of a URL that travels with navigation: the filters and the language. */
export function sharedSearch(params: URLSearchParams): string {
  const next = new URLSearchParams();
  for (const name of [...FILTER_PARAMS, 'lang']) {
    const value = params.get(name);
    if (value !== null) next.set(name, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

export function toMetricFilter(filters: DashboardFilters): MetricFilterInput {
  const filter: MetricFilterInput = { from: filters.from, to: filters.to };
  if (filters.siteIds.length) filter.siteIds = filters.siteIds;
  if (filters.countries.length) filter.countries = filters.countries;
  if (filters.channels.length) filter.channels = filters.channels;
  if (filters.programIds.length) filter.programIds = filters.programIds;
  return filter;
}

export function toComparePeriod(compare: CompareOption): ComparePeriod | null {
  switch (compare) {
    case 'prev':
      return 'PREVIOUS_PERIOD';
    case 'yoy':
      return 'SAME_PERIOD_LAST_YEAR';
    case 'none':
      return null;
    default: {
      const unreachable: never = compare;
      return unreachable;
    }
  }
}

export function activeFilterCount(filters: DashboardFilters): number {
  return [filters.siteIds, filters.countries, filters.channels, filters.programIds].filter((l) => l.length > 0).length;
}
