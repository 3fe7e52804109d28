import { MetricDefinition, defineMetric } from './definition';
import { linear } from './formula';

// Contact-centre KPIs from ACD/WFM interval counters. Always a sum over a sum: averaging
// interval ratios would weight a quiet 15 minutes like a busy one.
// SERVICE_LEVEL and FCR depend on settings and live in variants.ts.

const KPI = { domain: 'KPI', fact: 'kpi' } as const;
const PERCENT = { unit: 'PERCENT', scale: { min: 0, max: 100 }, decimals: 1 } as const;
const SECONDS = { unit: 'SECONDS', scale: { min: 0, max: null }, decimals: 0 } as const;
const COUNT = { unit: 'COUNT', scale: { min: 0, max: null }, decimals: 0, higherIsBetter: null } as const;
const HANDLE_TIME = linear(['talk_s', 'hold_s', 'acw_s']);

export const KPI_METRICS: readonly MetricDefinition[] = [
  defineMetric({
    ...KPI,
    ...PERCENT,
    id: 'ANSWER_RATE',
    label: 'Answer rate',
    labelZh: '接通率',
    description: 'Answered contacts as a share of offered contacts.',
    higherIsBetter: true,
    formula: { kind: 'proportion', numerator: linear(['answered']), denominator: linear(['offered']) },
  }),
  defineMetric({
    ...KPI,
    ...PERCENT,
    id: 'ABANDON_RATE',
    label: 'Abandon rate',
    labelZh: '放弃率',
    description: 'Abandoned contacts as a share of offered contacts, both excluding short abandons.',
    higherIsBetter: false,
    formula: {
      kind: 'proportion',
      numerator: linear(['abandoned'], ['abandoned_short']),
      denominator: linear(['offered'], ['abandoned_short']),
    },
  }),
  defineMetric({
    ...KPI,
    ...SECONDS,
    id: 'ASA',
    label: 'Average speed of answer',
    labelZh: '平均应答速度（ASA）',
    description: 'Total wait time of answered contacts divided by answered contacts.',
    higherIsBetter: false,
    formula: { kind: 'ratio', numerator: linear(['wait_answered_s']), denominator: linear(['answered']), multiplier: 1, sampleSize: linear(['answered']) },
  }),
  defineMetric({
    ...KPI,
    ...SECONDS,
    id: 'AHT',
    label: 'Average handle time',
    labelZh: '平均处理时长（AHT）',
    description: 'Talk, hold and after-contact work time divided by handled contacts.',
    higherIsBetter: false,
    formula: { kind: 'ratio', numerator: HANDLE_TIME, denominator: linear(['handled']), multiplier: 1, sampleSize: linear(['handled']) },
  }),
  defineMetric({
    ...KPI,
    ...PERCENT,
    id: 'TRANSFER_RATE',
    label: 'Transfer rate',
    labelZh: '转接率',
    description: 'Transferred contacts as a share of handled contacts.',
    higherIsBetter: false,
    formula: { kind: 'proportion', numerator: linear(['transfers']), denominator: linear(['handled']) },
  }),
  defineMetric({
    ...KPI,
    ...PERCENT,
    id: 'CONVERSION',
    label: 'Sales conversion',
    labelZh: '销售转化率',
    description: 'Sales made as a share of sales opportunities.',
    higherIsBetter: true,
    formula: { kind: 'proportion', numerator: linear(['sales_conversions']), denominator: linear(['sales_opportunities']) },
  }),
  defineMetric({
    ...KPI,
    ...PERCENT,
    id: 'OCCUPANCY',
    label: 'Occupancy',
    labelZh: '占用率',
    description: 'Talk, hold and after-contact work time as a share of staffed time.',
    // A target band (too high burns agents out), not a direction.
    higherIsBetter: null,
    formula: { kind: 'ratio', numerator: HANDLE_TIME, denominator: linear(['staffed_s']), multiplier: 100, sampleSize: linear(['handled']) },
  }),
  defineMetric({
    ...KPI,
    ...COUNT,
    id: 'OFFERED',
    label: 'Offered',
    labelZh: '进线量',
    description: 'Contacts offered to the queue.',
    formula: { kind: 'count', count: 'offered' },
  }),
  defineMetric({
    ...KPI,
    ...COUNT,
    id: 'HANDLED',
    label: 'Handled',
    labelZh: '处理量',
    description: 'Contacts handled by agents.',
    formula: { kind: 'count', count: 'handled' },
  }),
];
