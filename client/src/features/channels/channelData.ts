import { CHANNELS, METRICS, type Channel, type MetricId } from '@cxlens/shared';
import type { MetricCell, MetricRow } from '../../api/types';

/** One bucket of the stacked volume chart: a count (or share) per channel. */
export type StackedPoint = { start: string } & Partial<Record<Channel, number>>;

/**
 * Volumes per channel and time bucket as stacked-chart points, with the channels that have any
 * volume (in CHANNELS order). As shares, each bucket's channels add up to 100.
 */
export function toStackedVolumes(rows: readonly MetricRow[], metric: MetricId, asShare: boolean): { points: StackedPoint[]; channels: Channel[] } {
  const byStart = new Map<string, StackedPoint>();
  const seen = new Set<Channel>();
  for (const row of rows) {
    const channel = row.dimensions.find((d) => d.dimension === 'CHANNEL')?.id as Channel | undefined;
    if (!row.bucket || !channel) continue;
    const value = row.cells.find((c) => c.metric === metric)?.value ?? 0;
    const start = row.bucket.start.slice(0, 10);
    const point = byStart.get(start) ?? { start };
    point[channel] = (point[channel] ?? 0) + value;
    byStart.set(start, point);
    if (value > 0) seen.add(channel);
  }
  const channels = CHANNELS.filter((c) => seen.has(c));
  const points = [...byStart.values()].sort((a, b) => a.start.localeCompare(b.start));
  for (const point of points) {
    for (const channel of channels) point[channel] = point[channel] ?? 0;
    if (asShare) {
      const total = channels.reduce((sum, c) => sum + (point[c] ?? 0), 0);
      for (const channel of channels) point[channel] = total ? ((point[channel] ?? 0) / total) * 100 : 0;
    }
  }
  return { points, channels };
}

export interface HeatCell {
  siteId: string;
  channel: Channel;
  cell: MetricCell;
  /** −1 (much worse than the organization) … 1 (much better); null without a value. */
  score: number | null;
}

export interface Heatmap {
  sites: { id: string; label: string }[];
  channels: Channel[];
  cells: Map<string, HeatCell>;
}

export const heatKey = (siteId: string, channel: Channel) => `${siteId}|${channel}`;

/**
 * A site × channel grid of one metric. Each cell is scored by its difference from the
 * organization's value in the metric's good direction, scaled by the largest difference, so the
 * colour reads "better / worse than usual" whatever the unit.
 */
export function toHeatmap(rows: readonly MetricRow[], metric: MetricId, organizationValue: number | null): Heatmap {
  const direction = METRICS[metric].higherIsBetter === false ? -1 : 1;
  const sites = new Map<string, string>();
  const channels = new Set<Channel>();
  const raw: Omit<HeatCell, 'score'>[] = [];
  for (const row of rows) {
    const site = row.dimensions.find((d) => d.dimension === 'SITE');
    const channel = row.dimensions.find((d) => d.dimension === 'CHANNEL')?.id as Channel | undefined;
    const cell = row.cells.find((c) => c.metric === metric);
    if (!site?.id || !channel || !cell || cell.n === 0) continue;
    sites.set(site.id, site.label);
    channels.add(channel);
    raw.push({ siteId: site.id, channel, cell });
  }
  const differences = raw.map((r) => (r.cell.value === null || organizationValue === null ? null : (r.cell.value - organizationValue) * direction));
  const largest = Math.max(0, ...differences.map((d) => Math.abs(d ?? 0))) || 1;
  const cells = new Map(
    raw.map((r, i) => [heatKey(r.siteId, r.channel), { ...r, score: differences[i] === null ? null : differences[i]! / largest }]),
  );
  return {
    sites: [...sites].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label)),
    channels: CHANNELS.filter((c) => channels.has(c)),
    cells,
  };
}

/** A diverging colour: vermillion for worse, blue for better, white in between (colour-blind safe); light enough for dark text (AA). */
export function heatColor(score: number | null): string {
  if (score === null) return '#f5f7fa';
  const clamp = Math.max(-1, Math.min(1, score));
  const [r, g, b] = clamp >= 0 ? [0, 114, 178] : [213, 94, 0];
  const alpha = Math.round(Math.abs(clamp) * 0.55 * 100) / 100;
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
