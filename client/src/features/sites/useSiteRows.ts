import { useCallback, useMemo, useState } from 'react';
import { useLocale } from '../../i18n';
import { filterSiteRows, sortSiteRows, toSiteRows, type SiteColumn, type SiteSort } from './siteRows';
import type { Site } from './useSites';

/** The table's rows for the active language, filtered and sorted; sorting state lives here. */
export function useSiteRows(sites: readonly Site[], filter: string) {
  const { locale } = useLocale();
  // UTC offsets are taken at one instant per mount, so every row uses the same one.
  const [now] = useState(() => new Date());
  const [sort, setSort] = useState<SiteSort>({ column: 'name', direction: 'asc' });

  const rows = useMemo(() => toSiteRows(sites, locale, now), [sites, locale, now]);
  const visible = useMemo(
    () => sortSiteRows(filterSiteRows(rows, filter, locale), sort, locale),
    [rows, filter, sort, locale],
  );

  const toggleSort = useCallback((column: SiteColumn) => {
    setSort((previous) =>
      previous.column === column
        ? { column, direction: previous.direction === 'asc' ? 'desc' : 'asc' }
        : { column, direction: 'asc' },
    );
  }, []);

  return { rows: visible, sort, toggleSort };
}
