import type { Dimension, Granularity, Part, PeriodShift, ResolvedMetricSource } from '@cxlens/shared';
import type { Fact } from '../../rollups/fact-tables';

/** Which rows of the organisation a slice query reads. Every list means "any of"; absent means all. */
export interface SliceFilter {
  siteIds?: readonly string[];
  countries?: readonly string[];
  regions?: readonly string[];
  channels?: readonly string[];
  programIds?: readonly string[];
  /** Survey responses only (raw rows). */
  agentTeams?: readonly string[];
  topics?: readonly string[];
}

/** Site-local calendar dates, both included, optionally narrowed to instants [fromTime, toTime). */
export interface SliceWindow {
  from: string;
  to: string;
  fromTime: Date | null;
  toTime: Date | null;
  /** Set for a comparison period: moves its dates onto the current period's buckets. */
  shift: PeriodShift | null;
}

/** One query: the summed parts of one fact, per group and time bucket. */
export interface FactSliceSpec {
  fact: Fact;
  source: ResolvedMetricSource;
  orgId: string;
  parts: readonly Part[];
  groupBy: readonly Dimension[];
  granularity: Granularity;
  window: SliceWindow;
  filter: SliceFilter;
  /** The caller sees every site of the organisation (no site manager's scope): organisation-wide rollups may answer. */
  allSites: boolean;
}
