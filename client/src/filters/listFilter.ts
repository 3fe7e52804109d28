import { addDays } from '@cxlens/shared';
import type { ListFilterInput, SiteRef } from '../api/types';
import { utcOffsetMinutes } from '../i18n';
import type { DashboardFilters } from './filterParams';

type SiteScope = Pick<SiteRef, 'id' | 'country' | 'timeZone'>;

/** The sites the filters select (sites and countries both apply); every site when neither is set. */
export function sitesInScope<S extends SiteScope>(filters: DashboardFilters, sites: readonly S[]): S[] {
  return sites.filter(
    (site) =>
      (!filters.siteIds.length || filters.siteIds.includes(site.id)) &&
      (!filters.countries.length || filters.countries.includes(site.country.toUpperCase())),
  );
}

/** The instant a site-local day starts in a time zone (to the minute; DST changes at midnight are rare). */
export function startOfLocalDay(date: string, timeZone: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const offset = utcOffsetMinutes(timeZone, new Date(utcMidnight)) ?? 0;
  return utcMidnight - offset * 60_000;
}

/**
 * The record lists filter on instants, the metrics on site-local days. The window from the first
 * day's earliest start to the last day's latest end, over the time zones of the sites in scope,
 * holds every record of those days (a few hours more at a site far from the others).
 */
export function toListFilter(filters: DashboardFilters, sites: readonly SiteScope[]): ListFilterInput {
  const scoped = sitesInScope(filters, sites);
  const zones = [...new Set((scoped.length ? scoped : sites).map((site) => site.timeZone))];
  if (!zones.length) zones.push('UTC');
  const starts = zones.map((zone) => startOfLocalDay(filters.from, zone));
  const ends = zones.map((zone) => startOfLocalDay(addDays(filters.to, 1), zone));
  const filter: ListFilterInput = {
    from: new Date(Math.min(...starts)).toISOString(),
    to: new Date(Math.max(...ends)).toISOString(),
  };
  if (filters.siteIds.length || filters.countries.length) {
    // No site matches: ask for an id no site has, so the list is empty as the metrics are.
    filter.siteIds = scoped.length ? scoped.map((site) => site.id) : ['0'];
  }
  if (filters.channels.length) filter.channels = filters.channels;
  if (filters.programIds.length) filter.programIds = filters.programIds;
  return filter;
}

/** The calendar day of an instant in a time zone (ISO 8601). */
export function localDayOf(instant: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.parse(instant));
  } catch {
    return instant.slice(0, 10);
  }
}

/**
 * Whether a record falls on the filtered site-local days. The list window is wider than the
 * days at sites far from the others (see toListFilter); this trims those records.
 */
export function onLocalDays(instant: string, timeZone: string, filters: Pick<DashboardFilters, 'from' | 'to'>): boolean {
  const day = localDayOf(instant, timeZone);
  return day >= filters.from && day <= filters.to;
}
