import { MetricId } from './ids';
import { definitionFor } from './registry';
import { MetricSettings, resolveMetricSettings } from './settings';

/** A short sentence saying which variant of the metric is in force, for the API and dashboard. */
export function describeVariant(id: MetricId, settings: Partial<MetricSettings> = {}): string {
  const s = resolveMetricSettings(settings);
  const short = `abandons under ${s.shortAbandonSeconds} s`;
  switch (id) {
    case 'SERVICE_LEVEL':
      switch (s.serviceLevelAbandons) {
        case 'IGNORE':
          return 'Service level = answered within threshold ÷ answered; abandoned contacts are ignored.';
        case 'ALL':
          return 'Service level = answered within threshold ÷ (answered + all abandoned).';
        case 'AFTER_SHORT':
          return `Service level = answered within threshold ÷ (answered + abandoned), excluding ${short}.`;
      }
      break;
    case 'ABANDON_RATE':
      return `Abandon rate = abandoned ÷ offered, both excluding ${short}.`;
    case 'FCR':
      switch (s.fcrMethod) {
        case 'AGENT':
          return 'FCR = contacts marked resolved at first contact ÷ handled contacts.';
        case 'CUSTOMER':
          return 'FCR = surveyed customers saying their issue was resolved ÷ customers answering the question.';
        case 'REPEAT_CONTACT':
          return 'FCR = (handled − repeat contacts) ÷ handled contacts.';
      }
      break;
    case 'CSAT':
    case 'CSAT_MEAN':
      return s.csatMethod === 'TOP2'
        ? 'Headline CSAT = % of ratings 4–5 on the 1–5 scale (top-2 box).'
        : 'Headline CSAT = mean rating on the 1–5 scale.';
    case 'MYSTERY_PASS':
    case 'QA_PASS':
      return `Pass = score of at least ${s.passMarkPct}% (scores capped at ${s.scoreCapPct}%).`;
    case 'MYSTERY_SCORE':
    case 'QA_SCORE':
      return `Mean evaluation score, each evaluation capped at ${s.scoreCapPct}%.`;
  }
  return definitionFor(id, s).description;
}
