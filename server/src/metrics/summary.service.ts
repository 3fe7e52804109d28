import { Injectable } from '@nestjs/common';
import { sparklineGranularity } from '@cxlens/shared';
import { SummaryArgs } from './dto/metric-args';
import { MetricSummary } from './dto/summary.types';
import { buildMetricRows } from './engine/metric-rows';
import { planMetrics } from './engine/metrics-plan';
import { reportingPeriod } from './engine/result-parts';
import { MetricSettingsService } from './metric-settings.service';
import { SliceLoader } from './slice-loader';
import { defaultSummaryMeasures, summaryTiles } from './summary/summary-tiles';

@Injectable()
export class SummaryService {
  constructor(
    private readonly settings: MetricSettingsService,
    private readonly slices: SliceLoader,
  ) {}

  /** Tiles: the period's value and comparison per measure, plus a daily (<= 45 days) or weekly sparkline. */
  async summary(orgId: string, args: SummaryArgs): Promise<MetricSummary> {
    const settings = await this.settings.forOrganization(orgId);
    const measures = args.measures?.length ? args.measures : defaultSummaryMeasures(settings);
    const request = { filter: args.filter, measures, groupBy: [], source: 'AUTO' } as const;
    const totalPlan = planMetrics(orgId, { ...request, granularity: 'NONE', compareTo: args.compareTo ?? null }, settings);
    const granularity = sparklineGranularity(args.filter.from, args.filter.to);
    const seriesPlan = planMetrics(orgId, { ...request, granularity, compareTo: null }, settings);
    const { series, current, previous } = await this.slices.loadSeriesWithTotals(seriesPlan, totalPlan);
    const options = { adjustPValues: false, orderBy: null };
    const [total] = buildMetricRows(totalPlan, current, previous, options);
    return {
      period: reportingPeriod(totalPlan.current),
      previousPeriod: totalPlan.previous && reportingPeriod(totalPlan.previous),
      compareTo: totalPlan.compareTo,
      source: totalPlan.source,
      sparklineGranularity: granularity,
      settings,
      tiles: summaryTiles(measures, total, buildMetricRows(seriesPlan, series, null, options), settings),
    };
  }
}
