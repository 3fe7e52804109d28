import type { DashboardFilters } from '../../filters/filterParams';
import type { EvaluationFilterInput, ResponseFilterInput } from '../../api/operations/records';
import type { ListFilterInput } from '../../api/types';

export type ScoreFilter = 'all' | 'dsat' | 'detractors';
export const SCORE_FILTERS: readonly ScoreFilter[] = ['all', 'dsat', 'detractors'];
export type EvalKindFilter = 'all' | 'MYSTERY_SHOP' | 'QA';
export const EVAL_KINDS: readonly EvalKindFilter[] = ['all', 'MYSTERY_SHOP', 'QA'];

/** The responses filter: the dashboard window plus the page's own search and score choices. */
export function responseFilter(base: ListFilterInput, options: { search: string; score: ScoreFilter; commentsOnly: boolean }): ResponseFilterInput {
  const filter: ResponseFilterInput = { ...base };
  const search = options.search.trim();
  if (search) filter.search = search;
  if (options.commentsOnly) filter.withCommentOnly = true;
  if (options.score === 'dsat') filter.csatMax = 2;
  if (options.score === 'detractors') filter.npsMax = 6;
  return filter;
}

export function evaluationFilter(base: ListFilterInput, options: { kind: EvalKindFilter; criticalOnly: boolean }): EvaluationFilterInput {
  const filter: EvaluationFilterInput = { ...base };
  if (options.kind !== 'all') filter.kind = options.kind;
  if (options.criticalOnly) filter.criticalFailedOnly = true;
  return filter;
}

/** A survey answer that the scores call unhappy: NPS 0–6 (detractor) or CSAT 1–2 (dissatisfied). */
export function unhappiness(response: { nps: number | null; csat: number | null }): 'detractor' | 'dissatisfied' | null {
  if (response.nps !== null && response.nps <= 6) return 'detractor';
  if (response.csat !== null && response.csat <= 2) return 'dissatisfied';
  return null;
}

export type { DashboardFilters };

/**
 * The server-side CSV export of the survey responses (GET /api/exports/responses.csv): every
 * matching record, not only the page shown, scoped and audited by the server. It has no
 * comments-only option; the file holds responses without a comment too.
 */
export function responsesExportUrl(filter: ResponseFilterInput): string {
  const query = new URLSearchParams();
  if (filter.from) query.set('from', filter.from);
  if (filter.to) query.set('to', filter.to);
  if (filter.siteIds?.length) query.set('siteIds', filter.siteIds.join(','));
  if (filter.channels?.length) query.set('channels', filter.channels.join(','));
  if (filter.programIds?.length) query.set('programIds', filter.programIds.join(','));
  if (filter.search) query.set('search', filter.search);
  if (filter.csatMax !== undefined) query.set('csatMax', String(filter.csatMax));
  if (filter.npsMax !== undefined) query.set('npsMax', String(filter.npsMax));
  const text = query.toString();
  return `/api/exports/responses.csv${text ? `?${text}` : ''}`;
}
