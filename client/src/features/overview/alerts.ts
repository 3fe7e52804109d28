import { SIGNIFICANCE_LEVEL, type MetricId } from '@cxlens/shared';
import type { MetricCell, MetricRow } from '../../api/types';
import { deltaTone, type Tone } from '../../metrics/format';

/** A metric that moved significantly against the comparison period, for the organization or one site. */
export interface Alert {
  key: string;
  metric: MetricId;
  /** Null for the organization as a whole. */
  siteId: string | null;
  siteLabel: string | null;
  value: number | null;
  delta: number;
  /** Adjusted (Benjamini–Hochberg) for site rows, as the decision was made on it. */
  pValue: number;
  tone: Tone;
}

function toAlert(cell: MetricCell, siteId: string | null, siteLabel: string | null, pValue: number | null): Alert | null {
  if (cell.delta === null || pValue === null || pValue >= SIGNIFICANCE_LEVEL || cell.lowSample) return null;
  return {
    key: `${siteId ?? 'org'}:${cell.metric}`,
    metric: cell.metric,
    siteId,
    siteLabel,
    value: cell.value,
    delta: cell.delta,
    pValue,
    tone: deltaTone(cell.metric, cell.delta, true),
  };
}

/**
 * The significant moves, organization-wide first, then per site on p-values adjusted across the
 * sites (so eight sites times ten metrics do not raise alarms by chance); worse news before better,
 * stronger evidence first. Low-sample cells never raise an alert.
 */
export function buildAlerts(orgCells: readonly MetricCell[], siteRows: readonly MetricRow[]): Alert[] {
  const org = orgCells.map((cell) => toAlert(cell, null, null, cell.pValue)).filter((a): a is Alert => a !== null);
  const sites = siteRows.flatMap((row) => {
    const site = row.dimensions[0];
    if (!site?.id) return [];
    return row.cells.map((cell) => toAlert(cell, site.id, site.label, cell.adjustedPValue ?? cell.pValue)).filter((a): a is Alert => a !== null);
  });
  const order = (a: Alert, b: Alert) => rank(a.tone) - rank(b.tone) || a.pValue - b.pValue;
  return [...org.sort(order), ...sites.sort(order)];
}

const rank = (tone: Tone) => (tone === 'worse' ? 0 : tone === 'neutral' ? 1 : 2);
