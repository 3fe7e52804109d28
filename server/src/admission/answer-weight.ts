import { CHANNELS, Dimension, calendarBuckets, daysInclusive, isCalendarGranularity } from '@cxlens/shared';
import { userInputError } from '../common/user-input-error';
import type { MetricsPlan } from '../metrics/engine/metrics-plan';
import { MAX_RESULT_ROWS, MAX_SPARSE_RESULT_ROWS } from '../metrics/engine/slices';
import type { AnswerGateLimits } from './answer-gate';

/**
 * How much heap a metrics answer takes while it is made, estimated from its plan before any SQL
 * runs (the query's rows, the slices, the columns: the peak is in the resolver) and corrected
 * from its real row count once the slices are loaded.
 *
 * Measured (live heap after a full GC, 200 sites, two years of weeks, site x channel, 115,242
 * rows): 88 MB with 1 measure, 111 MB with 3, 148 MB with 5; the same cube over one year
 * compared with the year before (58,033 rows, 115,723 slices): 104 MB; site x day, one
 * measure, 139,815 rows: 84 MB. After the resolver returns, the GraphQL result and the answer's
 * text (one byte a character, serialised-answers.ts) take about half of it; these figures were
 * measured while the text was still a two-byte string, so they err on the safe side.
 */
export const BYTES_PER_ROW = 620;
export const BYTES_PER_ROW_AND_MEASURE = 130;
/** With compareTo: the previous period's slices and the comparison columns. */
export const COMPARISON_FACTOR = 1.8;

/**
 * The most heap one answer may take. The whole 3-measure site x channel x week cube of a 200-site
 * organisation over two years (115,242 rows, 111 MB) fits, and slices.ts's largest one (126,000
 * rows) too; a 5-measure one of the same rows (~140 MB) is refused, after its SQL, instead of
 * taking the process near its heap cap.
 */
export const MAX_ANSWER_MB = 128;

/**
 * The answers the gate (answer-gate.ts) admits at once, in estimated megabytes of heap: the largest
 * answer alone, or smaller ones up to as much together. Answers under 4 MB (a two-year weekly trend
 * by channel: 0.8 MB) never wait; the 10 database connections bound how many of those are made at
 * once (40 MB). Up to 4 bigger ones wait, each at most 20 s, in arrival order; the next is told
 * "busy, retry" at once (a waiting request holds its database connection).
 *
 * The heap it is planned for (heap-limit.ts, 320 MB): the idle server keeps about 40 MB live; the
 * response cache its 64 MB (CXLENS_RESPONSE_CACHE_MB; planned as 128 MB, from when its texts took two
 * bytes a character and it counted one); answers 128 + 40 MB. Measured (then): four
 * cubes cached, a burst of 20 cubes and the (a)-(c) loop beside them: 312 MB of heap at most, alive.
 */
export const ANSWER_LIMITS: AnswerGateLimits = { capacity: 128, freeWeight: 4, maxQueued: 4, maxWaitMs: 20_000 };

/** What the caller can see, for the bound on the groups: sites (country, city and region are theirs) and programs. */
export interface VisibleCounts {
  sites: number;
  programs: number;
}

const SITE_ATTRIBUTES: ReadonlySet<Dimension> = new Set(['SITE', 'COUNTRY', 'CITY', 'REGION']);

type PlanShape = Pick<MetricsPlan, 'groupBy' | 'granularity' | 'current' | 'filter' | 'fillEmptyBuckets'>;

/** True when the bound on the groups needs the counts of sites or programs (they are not narrowed by the filter). */
export function needsVisibleCounts(plan: PlanShape): boolean {
  return plan.groupBy.some((d) => (SITE_ATTRIBUTES.has(d) && !plan.filter.siteIds) || (d === 'PROGRAM' && !plan.filter.programIds));
}

/** Time buckets of the period (site-local hours: every hour of every day, and one more day for DST and time zones). */
export function bucketCount(plan: Pick<MetricsPlan, 'granularity' | 'current'>): number {
  const { from, to } = plan.current;
  if (plan.granularity === 'HOUR') return (daysInclusive(from, to) + 1) * 24;
  return isCalendarGranularity(plan.granularity) ? calendarBuckets(plan.granularity, from, to).length : 1;
}

/**
 * At most how many rows the answer can have: buckets x groups, where a group is bounded by the
 * visible sites (for any mix of site, country, city and region), the channels, the programs or
 * the values the filter lists; team and topic are unbounded but by the filter. Never more than
 * slices.ts lets through (a bigger one is refused after its SQL).
 */
export function expectedRows(plan: PlanShape, visible: VisibleCounts | null): number {
  const buckets = bucketCount(plan);
  if (!plan.groupBy.length) return buckets;
  const unbounded = Number.POSITIVE_INFINITY;
  let groups = 1;
  if (plan.groupBy.some((d) => SITE_ATTRIBUTES.has(d))) groups *= plan.filter.siteIds?.length ?? visible?.sites ?? unbounded;
  for (const dimension of plan.groupBy) {
    if (dimension === 'CHANNEL') groups *= plan.filter.channels?.length ?? CHANNELS.length;
    // Rows without a program form one more group.
    else if (dimension === 'PROGRAM') groups *= (plan.filter.programIds?.length ?? visible?.programs ?? unbounded) + 1;
    else if (dimension === 'AGENT_TEAM') groups *= (plan.filter.agentTeams?.length ?? unbounded) + 1;
    else if (dimension === 'TOPIC') groups *= (plan.filter.topics?.length ?? unbounded) + 1;
  }
  const max = plan.granularity !== 'HOUR' && plan.fillEmptyBuckets ? MAX_RESULT_ROWS : MAX_SPARSE_RESULT_ROWS;
  return Math.min(Math.max(1, groups) * buckets, max);
}

/** The heap an answer of `rows` rows takes while it is made, in MB. */
export function answerWeightMB(rows: number, measures: number, compared: boolean): number {
  const bytes = rows * (BYTES_PER_ROW + BYTES_PER_ROW_AND_MEASURE * measures) * (compared ? COMPARISON_FACTOR : 1);
  return bytes / 2 ** 20;
}

/** Refuses an answer too heavy for the heap, as slices.ts refuses one with too many rows (and leaves those to it). */
export function checkAnswerWeight(rows: number, weightMB: number): void {
  if (weightMB > MAX_ANSWER_MB && rows <= MAX_SPARSE_RESULT_ROWS) {
    throw userInputError(
      `the answer would have ${rows} rows and take about ${Math.round(weightMB)} MB of server memory; at most ${MAX_ANSWER_MB} MB: ` +
        'ask for fewer measures, shorten the period, use a coarser granularity or fewer groupBy dimensions',
    );
  }
}
