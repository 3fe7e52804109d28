import type { Dimension, Granularity, MetricSource, ResolvedMetricSource } from '@cxlens/shared';
import { assertNever } from '../../common/assert-never';
import { userInputError } from '../../common/user-input-error';
import { dimensionInRollup } from '../queries/dimension-sql';

export interface SourceNeeds {
  granularity: Granularity;
  groupBy: readonly Dimension[];
  partialDay: boolean;
  rawOnlyFilters: readonly string[];
}

export interface SourceChoice {
  source: ResolvedMetricSource;
  /** Why, in one sentence, for analysts reading the response. */
  reason: string;
}

/** What keeps the daily rollups from answering exactly; empty when they can. */
export function rawOnlyReasons(needs: SourceNeeds): string[] {
  const reasons: string[] = [];
  if (needs.granularity === 'HOUR') reasons.push('HOUR buckets need raw rows (rollups hold whole site-local days)');
  if (needs.partialDay) reasons.push('a partial-day range (fromTime/toTime) needs raw rows');
  for (const dimension of needs.groupBy) {
    if (!dimensionInRollup(dimension)) reasons.push(`grouping by ${dimension} needs raw rows (it is not in the rollup key)`);
  }
  for (const filter of needs.rawOnlyFilters) reasons.push(`filtering by ${filter} needs raw rows`);
  return reasons;
}

/** AUTO reads the rollups whenever they give the exact answer, raw rows otherwise. */
export function chooseSource(requested: MetricSource, needs: SourceNeeds): SourceChoice {
  const reasons = rawOnlyReasons(needs);
  switch (requested) {
    case 'AUTO':
      return reasons.length
        ? { source: 'RAW', reason: `Raw rows: ${reasons.join('; ')}.` }
        : { source: 'ROLLUP', reason: 'Rollups (daily, weekly, monthly or organisation-wide days): every bucket is made of whole site-local days.' };
    case 'ROLLUP':
      if (reasons.length) throw userInputError(`source ROLLUP cannot answer this query: ${reasons.join('; ')}. Use AUTO or RAW.`, 'source');
      return { source: 'ROLLUP', reason: 'Rollups, as requested.' };
    case 'RAW':
      return { source: 'RAW', reason: 'Raw rows, as requested.' };
    default:
      return assertNever(requested);
  }
}
