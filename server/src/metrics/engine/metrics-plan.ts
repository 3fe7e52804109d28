import {
  ComparePeriod,
  Dimension,
  Granularity,
  METRIC_IDS,
  MetricId,
  MetricSettings,
  MetricSource,
  Part,
  PeriodShift,
  ResolvedMetricSource,
  comparisonWindow,
  definitionFor,
  factOfPart,
  requiredParts,
} from '@cxlens/shared';
import { userInputError } from '../../common/user-input-error';
import type { Fact } from '../../rollups/fact-tables';
import { dimensionAppliesTo } from '../queries/dimension-sql';
import { SliceFilter, SliceWindow } from '../queries/slice-spec';
import { MetricFilterValues, checkPeriod, sliceFilterOf } from './filter-validation';
import { chooseSource } from './source-choice';

export interface MetricsRequest {
  filter: MetricFilterValues;
  measures: readonly MetricId[];
  groupBy: readonly Dimension[];
  granularity: Granularity;
  compareTo: ComparePeriod | null;
  source: MetricSource;
  /** With groupBy: also every calendar bucket in which a group has no data (default: only buckets with data). */
  fillEmptyBuckets?: boolean;
}

/** A validated request: what to query, from where, over which periods. */
export interface MetricsPlan {
  orgId: string;
  settings: MetricSettings;
  measures: MetricId[];
  groupBy: Dimension[];
  granularity: Granularity;
  compareTo: ComparePeriod | null;
  source: ResolvedMetricSource;
  sourceReason: string;
  filter: SliceFilter;
  current: SliceWindow;
  previous: SliceWindow | null;
  /** The parts to sum, per fact that any measure reads. */
  partsByFact: ReadonlyMap<Fact, Part[]>;
  fillEmptyBuckets: boolean;
}

export const MAX_GROUP_BY = 3;

function distinct<T>(values: readonly T[], field: string, max: number): T[] {
  if (new Set(values).size !== values.length) throw userInputError(`${field} lists a value twice`, field);
  if (values.length > max) throw userInputError(`${field} takes at most ${max} values, got ${values.length}`, field);
  return [...values];
}

function partsByFactOf(measures: readonly MetricId[], settings: MetricSettings): Map<Fact, Part[]> {
  const byFact = new Map<Fact, Part[]>();
  for (const part of requiredParts(measures, settings)) {
    const fact = factOfPart(part);
    byFact.set(fact, [...(byFact.get(fact) ?? []), part]);
  }
  return byFact;
}

/** Every grouping or filtered dimension must exist on the facts of every measure (team and topic are on surveys only). */
function checkDimensionsApply(plan: Pick<MetricsPlan, 'measures' | 'groupBy' | 'filter' | 'settings'>): void {
  const used: Dimension[] = [...plan.groupBy];
  if (plan.filter.agentTeams && !used.includes('AGENT_TEAM')) used.push('AGENT_TEAM');
  if (plan.filter.topics && !used.includes('TOPIC')) used.push('TOPIC');
  for (const dimension of used) {
    const misfits = plan.measures
      .map((id) => ({ id, fact: definitionFor(id, plan.settings).fact }))
      .filter(({ fact }) => !dimensionAppliesTo(dimension, fact));
    if (misfits.length) {
      throw userInputError(
        `${dimension} is recorded on survey responses only, so it cannot group or filter ` +
          `${misfits.map(({ id, fact }) => `${id} (${fact})`).join(', ')}`,
        'groupBy',
      );
    }
  }
}

/** The previous period's window: its dates, its time window moved back the same way, and the shift onto the current buckets. */
function comparisonSliceWindow(compareTo: ComparePeriod, current: SliceWindow): SliceWindow {
  const { from, to, shift } = comparisonWindow(compareTo, current.from, current.to);
  const back = (instant: Date | null) => (instant ? shiftBack(instant, shift) : null);
  return { from, to, fromTime: back(current.fromTime), toTime: back(current.toTime), shift };
}

function shiftBack(instant: Date, shift: PeriodShift): Date {
  const moved = new Date(instant.getTime() - shift.days * 86_400_000);
  moved.setUTCFullYear(moved.getUTCFullYear() - shift.years);
  return moved;
}

export function planMetrics(orgId: string, request: MetricsRequest, settings: MetricSettings): MetricsPlan {
  const measures = distinct(request.measures, 'measures', METRIC_IDS.length);
  if (!measures.length) throw userInputError('measures must name at least one metric', 'measures');
  const groupBy = distinct(request.groupBy, 'groupBy', MAX_GROUP_BY);
  checkPeriod(request.filter, request.granularity === 'HOUR');
  const filter = sliceFilterOf(request.filter);
  checkDimensionsApply({ measures, groupBy, filter, settings });
  const partialDay = Boolean(request.filter.fromTime || request.filter.toTime);
  const rawOnlyFilters = [...(filter.agentTeams ? ['agentTeams'] : []), ...(filter.topics ? ['topics'] : [])];
  const { source, reason } = chooseSource(request.source, { granularity: request.granularity, groupBy, partialDay, rawOnlyFilters });
  const current: SliceWindow = {
    from: request.filter.from,
    to: request.filter.to,
    fromTime: request.filter.fromTime ?? null,
    toTime: request.filter.toTime ?? null,
    shift: null,
  };
  return {
    orgId,
    settings,
    measures,
    groupBy,
    granularity: request.granularity,
    compareTo: request.compareTo,
    source,
    sourceReason: reason,
    filter,
    current,
    previous: request.compareTo ? comparisonSliceWindow(request.compareTo, current) : null,
    partsByFact: partsByFactOf(measures, settings),
    fillEmptyBuckets: Boolean(request.fillEmptyBuckets),
  };
}
