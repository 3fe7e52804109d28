import { Skeleton } from '../../components/Skeleton';
import { useT } from '../../i18n';
import { SITE_COLUMNS } from './siteRows';

const WIDTHS = ['70%', '45%', '60%', '65%', '50%', '75%', '55%'];

/** The table's shape while sites load, so the page does not jump when they arrive. */
export function SitesTableSkeleton({ rows = 6 }: { rows?: number }) {
  const t = useT();
  return (
    <div className="table-scroll" aria-busy="true">
      <p role="status" className="visually-hidden">
        {t('sites.loading')}
      </p>
      <table className="data-table" aria-hidden="true">
        <thead>
          <tr>
            {SITE_COLUMNS.map((column) => (
              <th key={column} scope="col">
                <span className="sort-button">{t(`sites.col.${column}`)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, row) => (
            <tr key={row}>
              {SITE_COLUMNS.map((column, index) => (
                <td key={column}>
                  <Skeleton width={WIDTHS[(index + row) % WIDTHS.length]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
