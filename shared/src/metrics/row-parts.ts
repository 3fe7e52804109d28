import { EvaluationKind } from '../channels';
import { EvaluationPart, SurveyPart } from './parts';
import { MetricSettings, resolveMetricSettings } from './settings';

// How one raw row contributes to the additive parts: the reference the rollup SQL must match
// (the rollup-equals-raw property test can use these) and the one place the buckets are set.

export const SURVEY_SCALES = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
  ces: { min: 1, max: 7 },
} as const;

export type SurveyScale = keyof typeof SURVEY_SCALES;

/** Inclusive score ranges counted by the bucket parts. */
export const SURVEY_BUCKETS: Readonly<Record<'csat_top2' | 'csat_bottom2' | 'nps_promoters' | 'nps_passives' | 'nps_detractors' | 'ces_easy', { scale: SurveyScale; min: number; max: number }>> = {
  csat_top2: { scale: 'csat', min: 4, max: 5 },
  csat_bottom2: { scale: 'csat', min: 1, max: 2 },
  nps_promoters: { scale: 'nps', min: 9, max: 10 },
  nps_passives: { scale: 'nps', min: 7, max: 8 },
  nps_detractors: { scale: 'nps', min: 0, max: 6 },
  ces_easy: { scale: 'ces', min: 5, max: 7 },
};

export interface SurveyRow {
  csat?: number | null;
  nps?: number | null;
  ces?: number | null;
  resolved?: boolean | null;
}

function checked(scale: SurveyScale, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const { min, max } = SURVEY_SCALES[scale];
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${scale} must be an integer ${min}..${max}, got ${value}`);
  return value;
}

const inBucket = (bucket: keyof typeof SURVEY_BUCKETS, value: number): number =>
  value >= SURVEY_BUCKETS[bucket].min && value <= SURVEY_BUCKETS[bucket].max ? 1 : 0;

/** The survey parts one response contributes; unanswered questions contribute nothing. */
export function surveyRowParts(row: SurveyRow): Record<SurveyPart, number> {
  const csat = checked('csat', row.csat);
  const nps = checked('nps', row.nps);
  const ces = checked('ces', row.ces);
  const resolved = row.resolved ?? null;
  return {
    responses: 1,
    csat_n: csat === null ? 0 : 1,
    csat_top2: csat === null ? 0 : inBucket('csat_top2', csat),
    csat_bottom2: csat === null ? 0 : inBucket('csat_bottom2', csat),
    csat_sum: csat ?? 0,
    csat_sumsq: csat === null ? 0 : csat * csat,
    nps_n: nps === null ? 0 : 1,
    nps_promoters: nps === null ? 0 : inBucket('nps_promoters', nps),
    nps_passives: nps === null ? 0 : inBucket('nps_passives', nps),
    nps_detractors: nps === null ? 0 : inBucket('nps_detractors', nps),
    ces_n: ces === null ? 0 : 1,
    ces_easy: ces === null ? 0 : inBucket('ces_easy', ces),
    ces_sum: ces ?? 0,
    ces_sumsq: ces === null ? 0 : ces * ces,
    resolved_n: resolved === null ? 0 : 1,
    resolved_yes: resolved === true ? 1 : 0,
  };
}

export interface EvaluationRow {
  kind: EvaluationKind;
  scorePct: number;
  criticalFail: boolean;
}

/** Score as summed: capped at scoreCapPct (bonus points must not lift a site's mean past the cap). */
export function cappedEvaluationScore(scorePct: number, settings: Pick<MetricSettings, 'scoreCapPct'>): number {
  return Math.min(scorePct, settings.scoreCapPct);
}

/** Pass is judged on the capped score alone; a critical failure is counted separately. */
export function isEvaluationPass(scorePct: number, settings: Pick<MetricSettings, 'passMarkPct' | 'scoreCapPct'>): boolean {
  return cappedEvaluationScore(scorePct, settings) >= settings.passMarkPct;
}

/** The evaluation parts one evaluation contributes. */
export function evaluationRowParts(row: EvaluationRow, settings: Partial<MetricSettings> = {}): Record<EvaluationPart, number> {
  if (!Number.isFinite(row.scorePct) || row.scorePct < 0) throw new RangeError(`scorePct must be a number >= 0, got ${row.scorePct}`);
  const s = resolveMetricSettings(settings);
  const score = cappedEvaluationScore(row.scorePct, s);
  const own = {
    n: 1,
    score_sum: score,
    score_sumsq: score * score,
    pass: isEvaluationPass(row.scorePct, s) ? 1 : 0,
    critical_fail: row.criticalFail ? 1 : 0,
  };
  const none = { n: 0, score_sum: 0, score_sumsq: 0, pass: 0, critical_fail: 0 };
  const ms = row.kind === 'MYSTERY_SHOP' ? own : none;
  const qa = row.kind === 'QA' ? own : none;
  return {
    ms_n: ms.n,
    ms_score_sum: ms.score_sum,
    ms_score_sumsq: ms.score_sumsq,
    ms_pass: ms.pass,
    ms_critical_fail: ms.critical_fail,
    qa_n: qa.n,
    qa_score_sum: qa.score_sum,
    qa_score_sumsq: qa.score_sumsq,
    qa_pass: qa.pass,
    qa_critical_fail: qa.critical_fail,
  };
}

/** An abandon counts as short (abandoned_short) when the caller waited less than shortAbandonSeconds. */
export function isShortAbandon(waitSeconds: number, settings: Pick<MetricSettings, 'shortAbandonSeconds'>): boolean {
  return waitSeconds < settings.shortAbandonSeconds;
}
