import { MetricDefinition, defineMetric } from './definition';
import { LinearForm, linear } from './formula';
import { FcrMethod, MetricSettings, ServiceLevelAbandons } from './settings';

// Metrics whose formula is an organisation's choice. Each variant is a full definition so the
// server's SQL, the statistics and the labels all follow the choice together.

const PERCENT = { unit: 'PERCENT', scale: { min: 0, max: 100 }, decimals: 1, higherIsBetter: true } as const;

const SERVICE_LEVEL_DENOMINATORS: Record<ServiceLevelAbandons, LinearForm> = {
  IGNORE: linear(['answered']),
  ALL: linear(['answered', 'abandoned']),
  AFTER_SHORT: linear(['answered', 'abandoned'], ['abandoned_short']),
};

function serviceLevel(abandons: ServiceLevelAbandons): MetricDefinition {
  return defineMetric({
    ...PERCENT,
    id: 'SERVICE_LEVEL',
    domain: 'KPI',
    fact: 'kpi',
    label: 'Service level',
    labelZh: '服务水平',
    description: 'Contacts answered within the service-level threshold as a share of contacts that reached the queue.',
    formula: {
      kind: 'proportion',
      numerator: linear(['answered_within_sl']),
      denominator: SERVICE_LEVEL_DENOMINATORS[abandons],
    },
  });
}

const SERVICE_LEVEL_VARIANTS: Record<ServiceLevelAbandons, MetricDefinition> = {
  IGNORE: serviceLevel('IGNORE'),
  ALL: serviceLevel('ALL'),
  AFTER_SHORT: serviceLevel('AFTER_SHORT'),
};

export function serviceLevelDefinition(settings: Pick<MetricSettings, 'serviceLevelAbandons'>): MetricDefinition {
  return SERVICE_LEVEL_VARIANTS[settings.serviceLevelAbandons];
}

const FCR_COMMON = { ...PERCENT, id: 'FCR', domain: 'KPI', label: 'First-contact resolution', labelZh: '首次解决率（FCR）' } as const;

const FCR_VARIANTS: Record<FcrMethod, MetricDefinition> = {
  AGENT: defineMetric({
    ...FCR_COMMON,
    fact: 'kpi',
    description: 'Contacts resolved at first contact, as recorded by agents or the system, as a share of handled contacts.',
    formula: { kind: 'proportion', numerator: linear(['resolved_first_contact']), denominator: linear(['handled']) },
  }),
  CUSTOMER: defineMetric({
    ...FCR_COMMON,
    fact: 'survey',
    description: 'Share of surveyed customers who said their issue was resolved.',
    formula: { kind: 'proportion', numerator: linear(['resolved_yes']), denominator: linear(['resolved_n']) },
  }),
  REPEAT_CONTACT: defineMetric({
    ...FCR_COMMON,
    fact: 'kpi',
    description: 'Handled contacts not followed by a repeat contact, as a share of handled contacts.',
    formula: { kind: 'proportion', numerator: linear(['handled'], ['repeat_contacts']), denominator: linear(['handled']) },
  }),
};

export function fcrDefinition(settings: Pick<MetricSettings, 'fcrMethod'>): MetricDefinition {
  return FCR_VARIANTS[settings.fcrMethod];
}
