import { Injectable } from '@nestjs/common';
import { Dimension, Granularity, lagCorrelation, MetricId, metricDefinition } from '@cxlens/shared';
import { userInputError } from '../common/user-input-error';
import type { MetricsArgs } from '../metrics/dto/metric-args';
import type { MetricFilter } from '../metrics/dto/metric-filter.input';
import type { MetricCellValue } from '../metrics/engine/metric-cells';
import type { MetricFilterValues } from '../metrics/engine/filter-validation';
import { MetricSettingsService } from '../metrics/metric-settings.service';
import { MetricsService } from '../metrics/metrics.service';
import { classifyUnits } from './analysis/quadrants';
import { VopTimeSeries, VopUnit, VopVsVocResult } from './dto/vop.types';
import { filterForUnit, parseUnitKey, UNIT_DIMENSIONS, unitLabel, unitOfRow } from './units';
import { VopRepository } from './vop.repository';
import { MIN_OTHER_SITES_FOR_BENCHMARK } from '../metrics/site-ranking.service';
import { TenantDb } from '../tenancy/tenant-db';

/** Mystery shops and QA forms are few per site and month; a customer metric needs the org's minimum sample. */
export const MIN_EVALUATIONS = 10;

export interface VopVsVocRequest {
  filter: MetricFilterValues;
  unit: VopUnit;
  vop: MetricId;
  voc: MetricId;
  granularity: Granularity;
  focusUnit?: string | null;
}

@Injectable()
export class VopService {
  constructor(
    private readonly metrics: MetricsService,
    private readonly settings: MetricSettingsService,
    private readonly repository: VopRepository,
    private readonly db: TenantDb,
  ) {}

  /**
   * A site manager's sites are classified among all the organisation's sites (percentiles and
   * medians are organisation-wide), but only their own units are returned — and only when at
   * least 3 other sites have data; otherwise among their own sites alone.
   */
  private async unitRows(orgId: string, request: VopVsVocRequest, args: MetricsArgs) {
    const scope = this.db.scope();
    const own = await this.metrics.metrics(orgId, args);
    if (scope.siteIds === '*' || (request.unit !== 'SITE' && request.unit !== 'SITE_CHANNEL')) return { result: own, ownSites: null };
    const orgWide = await this.db.withScope({ orgId, siteIds: '*' }, () => this.metrics.metrics(orgId, args));
    const ownSites = new Set(scope.siteIds);
    const others = new Set(orgWide.rows.map((row) => unitOfRow(request.unit, row).siteId).filter((site) => site && !ownSites.has(site)));
    return others.size >= MIN_OTHER_SITES_FOR_BENCHMARK ? { result: orgWide, ownSites } : { result: own, ownSites: null };
  }

  async vopVsVoc(orgId: string, request: VopVsVocRequest): Promise<VopVsVocResult> {
    const { unit, vop, voc } = request;
    if (metricDefinition(voc).domain !== 'VOC') throw userInputError(`voc must be a customer metric (CSAT, NPS, CES, RESOLVED…), got ${voc}`, 'voc');
    if (metricDefinition(vop).domain === 'VOC') throw userInputError(`vop must be a process or operational metric (MYSTERY_SCORE, QA_SCORE, a KPI…), got ${vop}`, 'vop');
    const settings = await this.settings.forOrganization(orgId);
    const minVopSample = metricDefinition(vop, settings).domain === 'VOP' ? MIN_EVALUATIONS : settings.minSample;
    const [{ result, ownSites }, labels] = await Promise.all([
      this.unitRows(orgId, request, this.args(request.filter, [vop, voc], UNIT_DIMENSIONS[unit], 'NONE')),
      this.repository.labels(orgId),
    ]);
    const rows = result.rows.map((row) => ({ unit: unitOfRow(unit, row), vop: row.cells[0], voc: row.cells[1] }));
    const analysis = classifyUnits(
      rows.map((r) => ({ key: r.unit.key, vop: r.vop, voc: r.voc })),
      {
        vopHigherIsBetter: metricDefinition(vop, settings).higherIsBetter !== false,
        vocHigherIsBetter: metricDefinition(voc, settings).higherIsBetter !== false,
        minVopN: minVopSample,
        minVocN: settings.minSample,
      },
    );
    const units = analysis.units.flatMap((u, i) => (ownSites && !ownSites.has(rows[i].unit.siteId ?? '') ? [] : [{
      ...u,
      ...rows[i].unit,
      label: unitLabel(rows[i].unit, labels.sites, labels.programs),
      vop: rows[i].vop,
      voc: rows[i].voc,
    }]));
    const focus = request.focusUnit ? await this.timeSeries(orgId, request, units.find((u) => u.key === request.focusUnit)?.label) : null;
    return {
      vop,
      voc,
      unit,
      units,
      vopMedian: analysis.vopMedian,
      vocMedian: analysis.vocMedian,
      pearson: analysis.pearson,
      spearman: analysis.spearman,
      classified: analysis.classified,
      minVopSample,
      minVocSample: settings.minSample,
      timeSeries: focus,
    };
  }

  private async timeSeries(orgId: string, request: VopVsVocRequest, label: string | undefined): Promise<VopTimeSeries | null> {
    const unit = parseUnitKey(request.unit, request.focusUnit!);
    if (!unit) throw userInputError(`focusUnit "${request.focusUnit}" is not a ${request.unit} key (e.g. "12", "12:VOICE", "CHAT")`, 'focusUnit');
    const filter = filterForUnit(request.filter, unit);
    if (!filter || request.granularity === 'NONE' || request.granularity === 'HOUR') {
      if (filter) throw userInputError('granularity for the time series must be DAY, WEEK, MONTH or QUARTER', 'granularity');
      return null;
    }
    const result = await this.metrics.metrics(orgId, this.args(filter, [request.vop, request.voc], [], request.granularity));
    const points = result.rows.map((row) => ({ bucket: row.bucket!.start, vop: row.cells[0], voc: row.cells[1] }));
    const value = (c: MetricCellValue) => (c.value === null ? NaN : c.value);
    const maxLag = Math.min(4, Math.floor(points.length / 3));
    return {
      unitKey: unit.key,
      label: label ?? unit.key,
      points,
      lagCorrelations: lagCorrelation(points.map((p) => value(p.vop)), points.map((p) => value(p.voc)), maxLag),
    };
  }

  private args(filter: MetricFilterValues, measures: MetricId[], groupBy: Dimension[], granularity: Granularity): MetricsArgs {
    return { filter: filter as MetricFilter, measures, groupBy, granularity, compareTo: null, source: 'AUTO', adjustPValues: false, orderBy: null };
  }
}
