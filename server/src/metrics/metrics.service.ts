import { Injectable } from '@nestjs/common';
import { buildMetricRows } from './engine/metric-rows';
import { planMetrics } from './engine/metrics-plan';
import { reportingPeriod, variantsOf } from './engine/result-parts';
import { MetricsArgs } from './dto/metric-args';
import { MetricsResult } from './dto/metrics-result.types';
import { MetricSettingsService } from './metric-settings.service';
import { SliceLoader } from './slice-loader';

@Injectable()
export class MetricsService {
  constructor(
    private readonly settings: MetricSettingsService,
    private readonly slices: SliceLoader,
  ) {}

  async metrics(orgId: string, args: MetricsArgs): Promise<MetricsResult> {
    const settings = await this.settings.forOrganization(orgId);
    const plan = planMetrics(
      orgId,
      {
        filter: args.filter,
        measures: args.measures,
        // Explicit nulls mean "the default", as leaving the argument out does.
        groupBy: args.groupBy ?? [],
        granularity: args.granularity ?? 'NONE',
        compareTo: args.compareTo ?? null,
        source: args.source ?? 'AUTO',
      },
      settings,
    );
    const { current, previous } = await this.slices.loadPeriods(plan);
    const adjust = Boolean(args.adjustPValues) && previous !== null;
    const rows = buildMetricRows(plan, current, previous, { adjustPValues: adjust, orderBy: args.orderBy ?? null });
    return {
      measures: plan.measures,
      groupBy: plan.groupBy,
      granularity: plan.granularity,
      compareTo: plan.compareTo,
      period: reportingPeriod(plan.current),
      previousPeriod: plan.previous && reportingPeriod(plan.previous),
      source: plan.source,
      sourceReason: plan.sourceReason,
      pValueAdjustment: adjust ? 'BENJAMINI_HOCHBERG' : 'NONE',
      variants: variantsOf(plan.measures, settings),
      settings,
      rows,
    };
  }
}
