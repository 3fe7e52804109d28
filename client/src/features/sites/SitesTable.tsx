import { useId } from 'react';
import { NotSet } from '../../components/NotSet';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { SITE_COLUMNS, type SiteRow } from './siteRows';
import { SortableHeader } from './SortableHeader';
import { useSiteRows } from './useSiteRows';
import type { Site } from './useSites';

export interface SitesTableProps {
  sites: readonly Site[];
  caption: string;
  /** Free text narrowing the rows; the table says so when nothing matches. */
  filter?: string;
  onClearFilter?: () => void;
}

export function SitesTable({ sites, caption, filter = '', onClearFilter }: SitesTableProps) {
  const t = useT();
  const captionId = useId();
  const { rows, sort, toggleSort } = useSiteRows(sites, filter);
  return (
    // Focusable so keyboard users can scroll the table sideways on narrow screens.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {SITE_COLUMNS.map((column) => (
              <SortableHeader
                key={column}
                label={t(`sites.col.${column}`)}
                direction={sort.column === column ? sort.direction : undefined}
                onSort={() => toggleSort(column)}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <SiteTableRow key={row.site.id} row={row} />
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={SITE_COLUMNS.length} className="data-table__no-match">
                {t('sites.filter.noMatch', { query: filter })}{' '}
                {onClearFilter ? (
                  <button type="button" className="link-button" onClick={onClearFilter}>
                    {t('sites.filter.clear')}
                  </button>
                ) : null}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

function SiteTableRow({ row }: { row: SiteRow }) {
  const t = useT();
  const { site } = row;
  return (
    <tr data-testid="site-row" className={site.active ? undefined : 'is-inactive'}>
      <th scope="row" className="data-table__primary">
        {site.name}
      </th>
      <td>
        <span className="code">{site.code}</span>
      </td>
      <td>{site.city}</td>
      <td>
        {row.countryName ?? site.country}
        {row.countryName ? <span className="secondary-text"> {site.country.toUpperCase()}</span> : null}
      </td>
      <td>{site.region ?? <NotSet />}</td>
      <td>
        <span className="stacked">
          <span>{site.timeZone}</span>
          <span className="secondary-text tabular">{row.offsetLabel ?? t('sites.unknownTimeZone')}</span>
        </span>
      </td>
      <td>
        <StatusBadge
          tone={site.active ? 'positive' : 'neutral'}
          label={site.active ? t('sites.status.active') : t('sites.status.inactive')}
        />
      </td>
    </tr>
  );
}
