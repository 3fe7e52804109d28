import { Injectable } from '@nestjs/common';
import type { Part } from '@cxlens/shared';
import type { Fact } from '../rollups/fact-tables';
import { MetricsPlan } from './engine/metrics-plan';
import { SliceMap, addFactRows } from './engine/slices';
import { MetricsRepository } from './metrics.repository';
import { BUCKET_COLUMN, PERIOD_COLUMN, buildFactSliceQuery, buildPeriodsQuery } from './queries/fact-slice-query';
import { FactSliceSpec, SliceWindow } from './queries/slice-spec';

/** A summary's slices: the series' buckets, the current period's total, and the previous period's total. */
export interface SeriesWithTotals {
  series: SliceMap;
  current: SliceMap;
  previous: SliceMap | null;
}

/** Runs one slice query per fact the measures read and joins their rows by group and bucket. */
@Injectable()
export class SliceLoader {
  constructor(private readonly repository: MetricsRepository) {}

  async load(plan: MetricsPlan, window: SliceWindow): Promise<SliceMap> {
    const allSites = this.repository.seesAllSites();
    const results = await Promise.all(
      [...plan.partsByFact].map(async ([fact, parts]) => {
        const query = buildFactSliceQuery(sliceSpec(plan, fact, parts, window, allSites));
        return { parts, rows: await this.repository.sumParts(query) };
      }),
    );
    const slices: SliceMap = new Map();
    for (const { parts, rows } of results) addFactRows(slices, plan.groupBy, parts, rows);
    return slices;
  }

  /** The current period and, when comparing, the previous one (its rows already on the current buckets): one statement per fact. */
  async loadPeriods(plan: MetricsPlan): Promise<{ current: SliceMap; previous: SliceMap | null }> {
    if (!plan.previous) return { current: await this.load(plan, plan.current), previous: null };
    const { current, previous } = await this.loadWithPrevious(plan, false, plan);
    return { current, previous };
  }

  /**
   * `series` per bucket with its period's total, and `totals`' comparison period in total
   * (`totals` has granularity NONE and the same measures, filter and period as `series`):
   * one statement per fact instead of three.
   */
  async loadSeriesWithTotals(series: MetricsPlan, totals: MetricsPlan): Promise<SeriesWithTotals> {
    const { current, currentTotals, previous } = await this.loadWithPrevious(series, true, totals.previous ? totals : null);
    return { series: current, current: currentTotals, previous };
  }

  private async loadWithPrevious(plan: MetricsPlan, currentTotals: boolean, comparison: MetricsPlan | null) {
    const allSites = this.repository.seesAllSites();
    const results = await Promise.all(
      [...plan.partsByFact].map(async ([fact, parts]) => {
        const previousParts = comparison?.partsByFact.get(fact) ?? [];
        const currentParts = [...new Set([...parts, ...previousParts])];
        const query = buildPeriodsQuery({
          current: sliceSpec(plan, fact, currentParts, plan.current, allSites),
          currentTotals,
          previous: comparison?.previous ? sliceSpec(comparison, fact, previousParts, comparison.previous, allSites) : null,
        });
        return { currentParts, previousParts, rows: await this.repository.sumParts(query) };
      }),
    );
    const current: SliceMap = new Map();
    const totals: SliceMap = new Map();
    const previous: SliceMap = new Map();
    for (const { currentParts, previousParts, rows } of results) {
      const byPeriod = { current: [] as Record<string, unknown>[], totals: [] as Record<string, unknown>[], previous: [] as Record<string, unknown>[] };
      for (const row of rows) {
        if (row[PERIOD_COLUMN] === 'previous') byPeriod.previous.push(row);
        else if (currentTotals && row[BUCKET_COLUMN] === null) byPeriod.totals.push(row);
        else byPeriod.current.push(row);
      }
      addFactRows(current, plan.groupBy, currentParts, byPeriod.current);
      addFactRows(totals, plan.groupBy, currentParts, byPeriod.totals);
      if (comparison) addFactRows(previous, comparison.groupBy, previousParts, byPeriod.previous);
    }
    return { current, currentTotals: totals, previous: comparison?.previous ? previous : null };
  }
}

function sliceSpec(plan: MetricsPlan, fact: Fact, parts: readonly Part[], window: SliceWindow, allSites: boolean): FactSliceSpec {
  return { fact, source: plan.source, orgId: plan.orgId, parts, groupBy: plan.groupBy, granularity: plan.granularity, window, filter: plan.filter, allSites };
}
