import { Injectable } from '@nestjs/common';
import type { Part } from '@cxlens/shared';
import type { Fact } from '../rollups/fact-tables';
import { MetricsPlan } from './engine/metrics-plan';
import { SliceTable } from './engine/slices';
import { MetricsRepository } from './metrics.repository';
import { BUCKET_COLUMN, PERIOD_COLUMN, buildFactSliceQuery, buildPeriodsQuery } from './queries/fact-slice-query';
import { FactSliceSpec, SliceWindow } from './queries/slice-spec';

/** A summary's slices: the series' buckets, the current period's total, and the previous period's total. */
export interface SeriesWithTotals {
  series: SliceTable;
  current: SliceTable;
  previous: SliceTable | null;
}

/** Runs one slice query per fact the measures read and joins their rows by group and bucket. */
@Injectable()
export class SliceLoader {
  constructor(private readonly repository: MetricsRepository) {}

  async load(plan: MetricsPlan, window: SliceWindow): Promise<SliceTable> {
    const allSites = this.repository.seesAllSites();
    const slices = new SliceTable(plan.groupBy);
    await Promise.all(
      [...plan.partsByFact].map(([fact, parts]) => this.repository.sumParts(buildFactSliceQuery(sliceSpec(plan, fact, parts, window, allSites)), slices.factRows(parts))),
    );
    return slices;
  }

  /** The current period and, when comparing, the previous one (its rows already on the current buckets): one statement per fact. */
  async loadPeriods(plan: MetricsPlan): Promise<{ current: SliceTable; previous: SliceTable | null }> {
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

  private async loadWithPrevious(plan: MetricsPlan, withTotals: boolean, comparison: MetricsPlan | null) {
    const allSites = this.repository.seesAllSites();
    const current = new SliceTable(plan.groupBy);
    const currentTotals = new SliceTable(plan.groupBy);
    const previous = new SliceTable(comparison?.groupBy ?? []);
    await Promise.all(
      [...plan.partsByFact].map(([fact, parts]) => {
        const previousParts = comparison?.partsByFact.get(fact) ?? [];
        const currentParts = [...new Set([...parts, ...previousParts])];
        const query = buildPeriodsQuery({
          current: sliceSpec(plan, fact, currentParts, plan.current, allSites),
          currentTotals: withTotals,
          previous: comparison?.previous ? sliceSpec(comparison, fact, previousParts, comparison.previous, allSites) : null,
        });
        const toCurrent = current.factRows(currentParts);
        const toTotals = currentTotals.factRows(currentParts);
        const toPrevious = previous.factRows(previousParts);
        return this.repository.sumParts(query, (row) => {
          if (row[PERIOD_COLUMN] === 'previous') toPrevious(row);
          else if (withTotals && row[BUCKET_COLUMN] === null) toTotals(row);
          else toCurrent(row);
        });
      }),
    );
    return { current, currentTotals, previous: comparison?.previous ? previous : null };
  }
}

function sliceSpec(plan: MetricsPlan, fact: Fact, parts: readonly Part[], window: SliceWindow, allSites: boolean): FactSliceSpec {
  return { fact, source: plan.source, orgId: plan.orgId, parts, groupBy: plan.groupBy, granularity: plan.granularity, window, filter: plan.filter, allSites };
}
