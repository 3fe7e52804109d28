import type { MetricRow } from '../../api/types';

export const FRESHNESS_KINDS = ['RESPONSES', 'MYSTERY_SCORE', 'QA_SCORE', 'OFFERED'] as const;
export type FreshnessKind = (typeof FRESHNESS_KINDS)[number];

/** The last site-local day with data of each kind, per site; null when none in the window. */
export function latestDays(rows: readonly MetricRow[]): Map<string, Record<FreshnessKind, string | null>> {
  const latest = new Map<string, Record<FreshnessKind, string | null>>();
  for (const row of rows) {
    const siteId = row.dimensions.find((d) => d.dimension === 'SITE')?.id;
    if (!siteId || !row.bucket) continue;
    const day = row.bucket.start.slice(0, 10);
    const entry = latest.get(siteId) ?? { RESPONSES: null, MYSTERY_SCORE: null, QA_SCORE: null, OFFERED: null };
    for (const cell of row.cells) {
      const kind = cell.metric as FreshnessKind;
      if (!(FRESHNESS_KINDS as readonly string[]).includes(kind) || cell.n <= 0) continue;
      if (entry[kind] === null || entry[kind]! < day) entry[kind] = day;
    }
    latest.set(siteId, entry);
  }
  return latest;
}

/** Whole days from a site-local day to today. */
export function daysSince(day: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000);
}
