import { METRICS, type MetricId } from '@cxlens/shared';
import type { SiteRanking, SiteRankingEntry } from '../../api/types';
import type { Tone } from '../../metrics/format';

/** Whether a site is significantly above or below the rest of the organization (after adjustment). */
export function significanceDirection(entry: Pick<SiteRankingEntry, 'significant' | 'differenceFromOrganization'>, _metric?: MetricId): 'above' | 'below' | 'none' {
  if (!entry.significant || entry.differenceFromOrganization === null || entry.differenceFromOrganization === 0) return 'none';
  return entry.differenceFromOrganization > 0 ? 'above' : 'below';
}

/** Better or worse than the rest, in the metric's direction; neutral unless significant. */
export function rankingTone(entry: Pick<SiteRankingEntry, 'significant' | 'differenceFromOrganization'>, metric: MetricId): Tone {
  const direction = significanceDirection(entry);
  const higherIsBetter = METRICS[metric].higherIsBetter;
  if (direction === 'none' || higherIsBetter === null) return 'neutral';
  return (direction === 'above') === higherIsBetter ? 'better' : 'worse';
}

/** One bar of the ranking chart: value with its interval as distances for the error bar. */
export interface RankingBar {
  siteId: string;
  label: string;
  code: string;
  rank: number | null;
  value: number | null;
  /** [value − ciLow, ciHigh − value]: recharts draws error bars from distances, not ends. */
  error: [number, number] | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
  lowSample: boolean;
  tone: Tone;
  direction: 'above' | 'below' | 'none';
  adjustedPValue: number | null;
  coverage: number | null;
}

/** Ranked sites (best first in the metric's direction), sites without a value last. */
export function toRankingBars(ranking: SiteRanking): RankingBar[] {
  return [...ranking.sites]
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.site.name.localeCompare(b.site.name))
    .map((entry) => ({
      siteId: entry.siteId,
      label: entry.site.name,
      code: entry.site.code,
      rank: entry.rank,
      value: entry.value,
      error:
        entry.value !== null && entry.ciLow !== null && entry.ciHigh !== null
          ? [Math.max(0, entry.value - entry.ciLow), Math.max(0, entry.ciHigh - entry.value)]
          : null,
      ciLow: entry.ciLow,
      ciHigh: entry.ciHigh,
      n: entry.n,
      lowSample: entry.lowSample,
      tone: rankingTone(entry, ranking.measure),
      direction: significanceDirection(entry),
      adjustedPValue: entry.adjustedPValue,
      coverage: entry.coverage,
    }));
}
