import { Parts } from './parts';

// Hand-built part sets shared by the metric specs; the rows behind them are in comments so
// every expected value can be recomputed on paper.

/**
 * 10 survey responses. CSAT answered by 8: 5,5,4,4,4,5,3,1 (top-2 = 6, bottom-2 = 1, Σ = 31,
 * Σ² = 133). NPS answered by 5: 10,9,9 (promoters), 7 (passive), 3 (detractor). CES answered
 * by 4: 7,6,5,3 (easy = 3, Σ = 21, Σ² = 119). "Resolved?" answered by 5, 4 yes.
 */
export const SURVEY: Parts = {
  responses: 10,
  csat_n: 8,
  csat_top2: 6,
  csat_bottom2: 1,
  csat_sum: 31,
  csat_sumsq: 133,
  nps_n: 5,
  nps_promoters: 3,
  nps_passives: 1,
  nps_detractors: 1,
  ces_n: 4,
  ces_easy: 3,
  ces_sum: 21,
  ces_sumsq: 119,
  resolved_n: 5,
  resolved_yes: 4,
};

/**
 * Mystery shops scoring 90, 70, 100, 85 (Σ = 345, Σ² = 30225; pass mark 80 -> 3 pass; 1 critical
 * failure) and QA evaluations scoring 60, 95, 80 (Σ = 235, Σ² = 19025; 2 pass; none critical).
 */
export const EVALUATION: Parts = {
  ms_n: 4,
  ms_score_sum: 345,
  ms_score_sumsq: 30225,
  ms_pass: 3,
  ms_critical_fail: 1,
  qa_n: 3,
  qa_score_sum: 235,
  qa_score_sumsq: 19025,
  qa_pass: 2,
  qa_critical_fail: 0,
};

/** Four intervals of one queue: 200 offered, 170 answered, 30 abandoned of which 10 within 5 s. */
export const KPI: Parts = {
  intervals: 4,
  offered: 200,
  answered: 170,
  abandoned: 30,
  abandoned_short: 10,
  answered_within_sl: 136,
  wait_answered_s: 3400,
  talk_s: 40000,
  hold_s: 3000,
  acw_s: 8000,
  handled: 170,
  resolved_first_contact: 119,
  repeat_contacts: 34,
  transfers: 17,
  sales_opportunities: 50,
  sales_conversions: 12,
  staffed_s: 72000,
};

export const ALL: Parts = { ...SURVEY, ...EVALUATION, ...KPI };
