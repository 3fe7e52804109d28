import { countryName, formatUtcOffset, utcOffsetMinutes, type Locale } from '../../i18n';
import type { Site } from './useSites';

/** A site with what the table shows and sorts by, resolved once for the active language. */
export interface SiteRow {
  site: Site;
  countryName: string | null;
  offsetMinutes: number | null;
  offsetLabel: string | null;
}

export const SITE_COLUMNS = ['name', 'code', 'city', 'country', 'region', 'timeZone', 'active'] as const;
export type SiteColumn = (typeof SITE_COLUMNS)[number];
export interface SiteSort {
  column: SiteColumn;
  direction: 'asc' | 'desc';
}

export function toSiteRows(sites: readonly Site[], locale: Locale, at: Date): SiteRow[] {
  return sites.map((site) => {
    const offsetMinutes = utcOffsetMinutes(site.timeZone, at);
    return {
      site,
      countryName: countryName(locale, site.country),
      offsetMinutes,
      offsetLabel: offsetMinutes === null ? null : formatUtcOffset(offsetMinutes),
    };
  });
}

/** Case- and accent-insensitive match on every text column, including the country's name. */
export function filterSiteRows(rows: readonly SiteRow[], query: string, locale: Locale): SiteRow[] {
  const needle = normalize(query, locale);
  if (!needle) return [...rows];
  return rows.filter(({ site, countryName: country }) =>
    [site.name, site.code, site.city, site.country, country, site.region, site.timeZone].some(
      (value) => value != null && normalize(value, locale).includes(needle),
    ),
  );
}

function normalize(value: string, locale: Locale): string {
  return value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase(locale).trim();
}

type SortValue = string | number | null;

function sortValue(row: SiteRow, column: SiteColumn): SortValue {
  switch (column) {
    case 'name':
    case 'code':
    case 'city':
    case 'region':
      return row.site[column];
    case 'country':
      return row.countryName ?? row.site.country;
    case 'timeZone':
      return row.offsetMinutes;
    case 'active':
      return row.site.active ? 0 : 1;
    default: {
      const unreachable: never = column;
      return unreachable;
    }
  }
}

/** Sorts by the column, then by name; missing values go last in either direction. */
export function sortSiteRows(rows: readonly SiteRow[], sort: SiteSort, locale: Locale): SiteRow[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const compare = (a: SortValue, b: SortValue) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((left, right) => {
    const a = sortValue(left, sort.column);
    const b = sortValue(right, sort.column);
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
    } else {
      const byColumn = compare(a, b);
      if (byColumn !== 0) return sign * byColumn;
    }
    return collator.compare(left.site.name, right.site.name);
  });
}
