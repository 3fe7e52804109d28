import { Injectable } from '@nestjs/common';
import { MetricsPlan } from './engine/metrics-plan';
import { SliceMap, addFactRows } from './engine/slices';
import { MetricsRepository } from './metrics.repository';
import { buildFactSliceQuery } from './queries/fact-slice-query';
import { SliceWindow } from './queries/slice-spec';

/** Runs one slice query per fact the measures read and joins their rows by group and bucket. */
@Injectable()
export class SliceLoader {
  constructor(private readonly repository: MetricsRepository) {}

  async load(plan: MetricsPlan, window: SliceWindow): Promise<SliceMap> {
    const allSites = this.repository.seesAllSites();
    const results = await Promise.all(
      [...plan.partsByFact].map(async ([fact, parts]) => {
        const query = buildFactSliceQuery({
          fact,
          source: plan.source,
          orgId: plan.orgId,
          parts,
          groupBy: plan.groupBy,
          granularity: plan.granularity,
          window,
          filter: plan.filter,
          allSites,
        });
        return { parts, rows: await this.repository.sumParts(query) };
      }),
    );
    const slices: SliceMap = new Map();
    for (const { parts, rows } of results) addFactRows(slices, plan.groupBy, parts, rows);
    return slices;
  }

  /** The current period and, when comparing, the previous one (its rows already on the current buckets). */
  async loadPeriods(plan: MetricsPlan): Promise<{ current: SliceMap; previous: SliceMap | null }> {
    const [current, previous] = await Promise.all([this.load(plan, plan.current), plan.previous ? this.load(plan, plan.previous) : null]);
    return { current, previous };
  }
}
