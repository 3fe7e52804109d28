import { METRIC_IDS, MetricSettings, definitionFor, describeVariant } from '@cxlens/shared';
import type { MetricDefinitionType } from '../dto/metric-definition.types';
import { formulaText } from './formula-text';

/** The registry as the organisation's settings shape it: one definition per metric, with its formula in words. */
export function definitionsInForce(settings: MetricSettings): MetricDefinitionType[] {
  return METRIC_IDS.map((id) => {
    const d = definitionFor(id, settings);
    return {
      id,
      domain: d.domain,
      label: d.label,
      labelZh: d.labelZh,
      description: d.description,
      unit: d.unit,
      scale: { min: d.scale.min, max: d.scale.max },
      decimals: d.decimals,
      higherIsBetter: d.higherIsBetter,
      fact: d.fact,
      formula: formulaText(d.formula),
      ciMethod: d.ciMethod,
      testMethod: d.testMethod,
      variant: describeVariant(id, settings),
    };
  });
}
