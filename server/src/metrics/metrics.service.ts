import { Injectable } from '@nestjs/common';
import type { MetricColumnsData, MetricSettings } from '@cxlens/shared';
import { AnswerAdmission } from '../admission/answer-admission';
import { answerWeightMB, checkAnswerWeight, expectedRows, needsVisibleCounts } from '../admission/answer-weight';
import { visibleCounts } from '../admission/visible-counts';
import { TenantDb } from '../tenancy/tenant-db';
import { buildMetricColumns } from './engine/metric-columns';
import { MetricRowValue, metricRowsOf } from './engine/metric-rows';
import { MetricsPlan, planMetrics } from './engine/metrics-plan';
import { reportingPeriod, variantsOf } from './engine/result-parts';
import { MetricsArgs } from './dto/metric-args';
import { MetricsResult } from './dto/metrics-result.types';
import { labelDimensions } from './loaders/dimension-labels';
import { MetricSettingsService } from './metric-settings.service';
import { MetricsRepository } from './metrics.repository';
import { SliceLoader } from './slice-loader';

@Injectable()
export class MetricsService {
  constructor(
    private readonly settings: MetricSettingsService,
    private readonly slices: SliceLoader,
    private readonly repository: MetricsRepository,
    private readonly admission: AnswerAdmission,
    private readonly db: TenantDb,
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
        fillEmptyBuckets: args.fillEmptyBuckets ?? false,
      },
      settings,
    );
    // A big answer takes its heap from the admission gate, until its response is written (admission/).
    const weight = (rows: number) => answerWeightMB(rows, plan.measures.length, plan.previous !== null);
    const estimate = expectedRows(plan, needsVisibleCounts(plan) ? await visibleCounts(this.db) : null);
    return this.admission.admit(weight(estimate), async (permit) => {
      const { current, previous } = await this.slices.loadPeriods(plan);
      // A sparse answer has one row per slice of the current period: give back what the estimate overshot.
      const rows = plan.groupBy.length && !plan.fillEmptyBuckets ? current.size : estimate;
      checkAnswerWeight(rows, weight(rows));
      permit.shrinkTo(weight(rows));
      const adjust = Boolean(args.adjustPValues) && previous !== null;
      const columns = buildMetricColumns(plan, current, previous, { adjustPValues: adjust, orderBy: args.orderBy ?? null });
      await labelDimensions(columns.dimensions.flatMap((column) => column.values), {
        sites: async (ids) => new Map((await this.repository.sitesByIds(orgId, ids)).map((site) => [site.id, site.name])),
        programs: async (ids) => new Map((await this.repository.programsByIds(orgId, ids)).map((program) => [program.id, program.name])),
      });
      return this.result(plan, settings, adjust, columns);
    });
  }

  private result(plan: MetricsPlan, settings: MetricSettings, adjust: boolean, columns: MetricColumnsData): MetricsResult {
    let rows: MetricRowValue[] | undefined;
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
      columns,
      // The row form only when someone reads it (the `rows` field, VOP): a cube sent by column never makes it.
      get rows(): MetricRowValue[] {
        return (rows ??= metricRowsOf(columns));
      },
    };
  }
}
