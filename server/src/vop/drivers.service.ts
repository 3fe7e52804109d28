import { Injectable } from '@nestjs/common';
import { Granularity, MetricId, metricDefinition } from '@cxlens/shared';
import { userInputError } from '../common/user-input-error';
import type { MetricsArgs } from '../metrics/dto/metric-args';
import type { MetricFilter } from '../metrics/dto/metric-filter.input';
import { checkPeriod, MetricFilterValues, sliceFilterOf } from '../metrics/engine/filter-validation';
import { MetricSettingsService } from '../metrics/metric-settings.service';
import { MetricsService } from '../metrics/metrics.service';
import { analyseDrivers, DriverObservation } from './analysis/drivers';
import { separateItems } from './analysis/item-separation';
import { DriverResult, VopUnit } from './dto/vop.types';
import { UNIT_DIMENSIONS, unitLabel, unitOfRow } from './units';
import { VopRepository } from './vop.repository';

export const DEFAULT_DRIVER_CANDIDATES: MetricId[] = ['SERVICE_LEVEL', 'ASA', 'AHT', 'ABANDON_RATE', 'FCR', 'TRANSFER_RATE', 'MYSTERY_SCORE', 'QA_SCORE'];
/** A unit-period's target needs this many answers to be an observation; fewer is mostly noise. */
export const MIN_TARGET_RESPONSES = 10;
export const MIN_OBSERVATIONS = 10;

export interface DriversRequest {
  filter: MetricFilterValues;
  target: MetricId;
  candidates: MetricId[] | null | undefined;
  unit: VopUnit;
  granularity: Granularity;
}

@Injectable()
export class DriversService {
  constructor(
    private readonly metrics: MetricsService,
    private readonly settings: MetricSettingsService,
    private readonly repository: VopRepository,
  ) {}

  async drivers(orgId: string, request: DriversRequest): Promise<DriverResult> {
    const { target, unit, granularity } = request;
    const candidates = [...new Set(request.candidates?.length ? request.candidates : DEFAULT_DRIVER_CANDIDATES)].filter((c) => c !== target);
    if (metricDefinition(target).domain !== 'VOC') throw userInputError(`target must be a customer metric (CSAT, NPS, CES, RESOLVED…), got ${target}`, 'target');
    if (granularity !== 'DAY' && granularity !== 'WEEK') throw userInputError('granularity must be DAY or WEEK', 'granularity');
    if (candidates.length > 12) throw userInputError('at most 12 candidates', 'candidates');

    const [result, labels, settings] = await Promise.all([
      this.metrics.metrics(orgId, this.args(request.filter, [target, ...candidates], UNIT_DIMENSIONS[unit], granularity)),
      this.repository.labels(orgId),
      this.settings.forOrganization(orgId),
    ]);
    const observations = result.rows.map((row) => {
      const identity = unitOfRow(unit, row);
      const [targetCell, ...candidateCells] = row.cells;
      return {
        unitKey: identity.key,
        label: unitLabel(identity, labels.sites, labels.programs),
        bucket: row.bucket?.start ?? '',
        target: targetCell.n >= MIN_TARGET_RESPONSES ? targetCell.value : null,
        values: candidates.map((candidate, i) => ({ candidate, value: candidateCells[i].value })),
      };
    });
    const analysis = analyseDrivers(
      observations.map((o): DriverObservation => ({ target: o.target, candidates: Object.fromEntries(o.values.map((v) => [v.candidate, v.value])) })),
      candidates,
      MIN_OBSERVATIONS,
    );
    return {
      target,
      n: analysis.n,
      rSquared: analysis.rSquared,
      drivers: analysis.drivers.map((d) => ({ ...d, candidate: d.candidate as MetricId })),
      excluded: analysis.excluded.map((e) => ({ ...e, candidate: e.candidate as MetricId })),
      observations: observations.filter((o) => o.target !== null),
      itemSeparation: await this.itemSeparation(orgId, request, settings.minSample),
    };
  }

  /** Which mystery-shop checklist items best separate the sites customers rate highest from the lowest. */
  private async itemSeparation(orgId: string, request: DriversRequest, minSample: number) {
    checkPeriod(request.filter, false);
    const bySite = await this.metrics.metrics(orgId, this.args(request.filter, [request.target], ['SITE'], 'NONE'));
    const siteVoc = new Map(
      bySite.rows
        .filter((row) => row.cells[0].value !== null && row.cells[0].n >= minSample)
        .map((row) => [row.dimensions[0].id!, row.cells[0].value!]),
    );
    if (siteVoc.size < 4) return [];
    const window = { from: request.filter.from, to: request.filter.to, fromTime: request.filter.fromTime ?? null, toTime: request.filter.toTime ?? null, shift: null };
    const items = await this.repository.checklistItems(orgId, window, sliceFilterOf(request.filter));
    return separateItems(items.map((i) => ({ siteKey: i.siteId, section: i.section, item: i.item, attainment: i.attainment })), siteVoc);
  }

  private args(filter: MetricFilterValues, measures: MetricId[], groupBy: MetricsArgs['groupBy'], granularity: Granularity): MetricsArgs {
    return { filter: filter as MetricFilter, measures, groupBy, granularity, compareTo: null, source: 'AUTO', adjustPValues: false, orderBy: null };
  }
}
