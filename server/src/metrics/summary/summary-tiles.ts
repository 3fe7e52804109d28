import { MetricId, MetricSettings, describeVariant, headlineCsatMetric } from '@cxlens/shared';
import { MetricCellValue } from '../engine/metric-cells';
import { MetricRowValue } from '../engine/metric-rows';

export interface SparklinePointValue {
  start: string;
  label: string;
  value: number | null;
  n: number;
}

export interface SummaryTileValue extends MetricCellValue {
  variant: string;
  sparkline: SparklinePointValue[];
}

/** The dashboard's headline tiles; the satisfaction tile follows the organisation's CSAT method. */
export function defaultSummaryMeasures(settings: MetricSettings): MetricId[] {
  return [headlineCsatMetric(settings), 'DSAT', 'NPS', 'CES', 'RESOLVED', 'SERVICE_LEVEL', 'ASA', 'AHT', 'ABANDON_RATE', 'FCR'];
}

/** One tile per measure: the period's cell (with its comparison) and its series as sparkline points. */
export function summaryTiles(measures: readonly MetricId[], total: MetricRowValue, series: readonly MetricRowValue[], settings: MetricSettings): SummaryTileValue[] {
  return measures.map((metric, i) => ({
    ...total.cells[i],
    variant: describeVariant(metric, settings),
    sparkline: series.map((row) => ({
      start: row.bucket!.start,
      label: row.bucket!.label,
      value: row.cells[i].value,
      n: row.cells[i].n,
    })),
  }));
}
