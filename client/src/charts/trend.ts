import type { Granularity, MetricId } from '@cxlens/shared';
import type { MetricRow } from '../api/types';
import { bucketEnd } from '../metrics/buckets';

/** One time bucket of one metric, ready for a chart: value, interval band, sample and flags. */
export interface TrendPoint {
  start: string;
  end: string;
  value: number | null;
  /** [ciLow, ciHigh] for a range area; null without an interval. */
  band: [number, number] | null;
  n: number;
  lowSample: boolean;
  /** The bucket reaches outside the period (a week cut by the first day): fewer days than its peers. */
  partial: boolean;
}

/** The rows of a metrics answer (one group, bucketed) as chart points, in time order. */
export function toTrendPoints(
  rows: readonly MetricRow[],
  metric: MetricId,
  granularity: Granularity,
  period: { from: string; to: string },
): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const row of rows) {
    if (!row.bucket) continue;
    const cell = row.cells.find((c) => c.metric === metric);
    if (!cell) continue;
    const start = row.bucket.start.slice(0, 10);
    const end = bucketEnd(granularity, start);
    points.push({
      start,
      end,
      value: cell.value,
      band: cell.ciLow !== null && cell.ciHigh !== null ? [cell.ciLow, cell.ciHigh] : null,
      n: cell.n,
      lowSample: cell.lowSample,
      partial: start < period.from || end > period.to,
    });
  }
  return points.sort((a, b) => a.start.localeCompare(b.start));
}

/** Rows grouped by the id of their first dimension (a site, a channel), each as trend points. */
export function trendsByGroup(
  rows: readonly MetricRow[],
  metric: MetricId,
  granularity: Granularity,
  period: { from: string; to: string },
): Map<string, TrendPoint[]> {
  const groups = new Map<string, MetricRow[]>();
  for (const row of rows) {
    const id = row.dimensions[0]?.id ?? '';
    const list = groups.get(id) ?? [];
    list.push(row);
    groups.set(id, list);
  }
  return new Map([...groups].map(([id, list]) => [id, toTrendPoints(list, metric, granularity, period)]));
}
