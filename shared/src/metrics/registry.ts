import { MetricDefinition } from './definition';
import { METRIC_IDS, MetricId } from './ids';
import { KPI_METRICS } from './kpi';
import { DEFAULT_METRIC_SETTINGS, MetricSettings, resolveMetricSettings } from './settings';
import { fcrDefinition, serviceLevelDefinition } from './variants';
import { VOC_METRICS } from './voc';
import { VOP_RATE_METRICS, evaluationScoreDefinition } from './vop';

const FIXED = new Map<MetricId, MetricDefinition>([...VOC_METRICS, ...VOP_RATE_METRICS, ...KPI_METRICS].map((d) => [d.id, d]));

/** The definition in force under already-resolved settings. */
export function definitionFor(id: MetricId, settings: MetricSettings): MetricDefinition {
  if (id === 'SERVICE_LEVEL') return serviceLevelDefinition(settings);
  if (id === 'FCR') return fcrDefinition(settings);
  if (id === 'MYSTERY_SCORE' || id === 'QA_SCORE') return evaluationScoreDefinition(id, settings);
  const definition = FIXED.get(id);
  if (!definition) throw new RangeError(`unknown metric ${String(id)}`);
  return definition;
}

/** The definition of a metric under the organisation's settings (SERVICE_LEVEL, FCR and the score scales vary). */
export function metricDefinition(id: MetricId, settings: Partial<MetricSettings> = {}): MetricDefinition {
  return definitionFor(id, resolveMetricSettings(settings));
}

/** Every metric under the default settings, keyed by id, in METRIC_IDS order. */
export const METRICS: Readonly<Record<MetricId, MetricDefinition>> = Object.freeze(
  Object.fromEntries(METRIC_IDS.map((id) => [id, definitionFor(id, DEFAULT_METRIC_SETTINGS)])) as Record<MetricId, MetricDefinition>,
);

/** The metric the headline satisfaction tile shows. */
export function headlineCsatMetric(settings: Partial<MetricSettings> = {}): 'CSAT' | 'CSAT_MEAN' {
  return resolveMetricSettings(settings).csatMethod === 'MEAN' ? 'CSAT_MEAN' : 'CSAT';
}
