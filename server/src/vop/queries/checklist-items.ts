import { whereConditions } from '../../metrics/queries/filter-sql';
import type { SliceFilter, SliceWindow } from '../../metrics/queries/slice-spec';
import { BuiltQuery, SqlParams } from '../../metrics/queries/sql-params';

/**
 * Every applicable item of the mystery shops in the period: its site and
 * attainment (points / max). N/A items (points null) and items without
 * points possible are left out, as the score itself leaves them out.
 */
export function checklistItemsQuery(orgId: string, window: SliceWindow, filter: SliceFilter): BuiltQuery {
  const params = new SqlParams();
  const where = whereConditions('evaluation', 'RAW', orgId, window, filter, params);
  const sql = `
    SELECT f.site_id::text AS "siteId",
           item ->> 'section' AS section,
           item ->> 'item' AS item,
           (item ->> 'points')::float8 / (item ->> 'max')::float8 AS attainment
    FROM process_evaluation f
    JOIN site s ON s.org_id = f.org_id AND s.id = f.site_id
    CROSS JOIN LATERAL jsonb_array_elements(f.items) AS item
    WHERE ${where.join('\n      AND ')}
      AND f.kind = 'MYSTERY_SHOP'
      AND jsonb_typeof(item -> 'points') = 'number'
      AND (item ->> 'max')::float8 > 0`;
  return { sql, params: params.values };
}
