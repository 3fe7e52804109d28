import type { MetricId } from '@cxlens/shared';
import type { MetricCell, MetricRow, SiteRef } from '../../api/types';

/** A site with one cell per metric, for the comparison table. */
export interface SiteMetricsRow {
  site: SiteRef;
  cells: Partial<Record<MetricId, MetricCell>>;
}

/** Joins the SITE rows of a metrics answer to the sites (unknown ids are dropped: a site deleted since). */
export function toSiteMetricsRows(rows: readonly MetricRow[], sites: readonly SiteRef[]): SiteMetricsRow[] {
  const byId = new Map(sites.map((site) => [site.id, site]));
  return rows.flatMap((row) => {
    const id = row.dimensions.find((d) => d.dimension === 'SITE')?.id;
    const site = id ? byId.get(id) : undefined;
    if (!site) return [];
    return [{ site, cells: Object.fromEntries(row.cells.map((cell) => [cell.metric, cell])) }];
  });
}
