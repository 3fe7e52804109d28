import { MetricDefinition, defineMetric } from './definition';
import { linear } from './formula';
import { MetricSettings } from './settings';

// Voice of process: mystery-shop and QA evaluations, each with a score_pct (capped at
// scoreCapPct) and pass (score_pct >= passMarkPct) and critical-fail flags when rolled up.

const VOP = { domain: 'VOP', fact: 'evaluation' } as const;
const PERCENT = { unit: 'PERCENT', scale: { min: 0, max: 100 }, decimals: 1 } as const;

export const VOP_RATE_METRICS: readonly MetricDefinition[] = [
  defineMetric({
    ...VOP,
    ...PERCENT,
    id: 'MYSTERY_PASS',
    label: 'Mystery-shop pass rate',
    labelZh: '神秘顾客合格率',
    description: 'Share of mystery-shop evaluations scoring at or above the pass mark.',
    higherIsBetter: true,
    formula: { kind: 'proportion', numerator: linear(['ms_pass']), denominator: linear(['ms_n']) },
  }),
  defineMetric({
    ...VOP,
    ...PERCENT,
    id: 'QA_PASS',
    label: 'QA pass rate',
    labelZh: '质检合格率',
    description: 'Share of QA evaluations scoring at or above the pass mark.',
    higherIsBetter: true,
    formula: { kind: 'proportion', numerator: linear(['qa_pass']), denominator: linear(['qa_n']) },
  }),
  defineMetric({
    ...VOP,
    ...PERCENT,
    id: 'CRITICAL_FAIL',
    label: 'Critical failures',
    labelZh: '致命项失误率',
    description: 'Share of mystery-shop and QA evaluations with at least one critical failure.',
    higherIsBetter: false,
    formula: {
      kind: 'proportion',
      numerator: linear(['ms_critical_fail', 'qa_critical_fail']),
      denominator: linear(['ms_n', 'qa_n']),
    },
  }),
];

function scoreDefinitions(scoreCapPct: number): readonly MetricDefinition[] {
  // The scale runs to the cap, so intervals and chart axes allow bonus-point scores above 100.
  const score = { unit: 'SCORE', scale: { min: 0, max: scoreCapPct }, decimals: 1, higherIsBetter: true } as const;
  return [
    defineMetric({
      ...VOP,
      ...score,
      id: 'MYSTERY_SCORE',
      label: 'Mystery-shop score',
      labelZh: '神秘顾客得分',
      description: 'Mean mystery-shop evaluation score in percent of the maximum.',
      formula: { kind: 'mean', sum: 'ms_score_sum', sumOfSquares: 'ms_score_sumsq', n: 'ms_n' },
    }),
    defineMetric({
      ...VOP,
      ...score,
      id: 'QA_SCORE',
      label: 'QA score',
      labelZh: '质检得分',
      description: 'Mean quality-assurance evaluation score in percent of the maximum.',
      formula: { kind: 'mean', sum: 'qa_score_sum', sumOfSquares: 'qa_score_sumsq', n: 'qa_n' },
    }),
  ];
}

const SCORE_DEFINITIONS = new Map<number, readonly MetricDefinition[]>();

/** MYSTERY_SCORE and QA_SCORE, whose scale ends at the organisation's score cap. */
export function evaluationScoreDefinition(id: 'MYSTERY_SCORE' | 'QA_SCORE', settings: Pick<MetricSettings, 'scoreCapPct'>): MetricDefinition {
  let definitions = SCORE_DEFINITIONS.get(settings.scoreCapPct);
  if (!definitions) {
    definitions = scoreDefinitions(settings.scoreCapPct);
    SCORE_DEFINITIONS.set(settings.scoreCapPct, definitions);
  }
  return definitions[id === 'MYSTERY_SCORE' ? 0 : 1];
}
