import { computeMetric } from './compute';
import { EVALUATION, SURVEY } from './fixtures';
import { addParts } from './parts';
import { evaluationRowParts, isEvaluationPass, isShortAbandon, surveyRowParts } from './row-parts';

describe('surveyRowParts', () => {
  it('rebuilds the SURVEY fixture from its rows', () => {
    const csat = [5, 5, 4, 4, 4, 5, 3, 1, null, null];
    const nps = [10, 9, 9, 7, 3, null, null, null, null, null];
    const ces = [7, 6, 5, 3, null, null, null, null, null, null];
    const resolved = [true, true, true, true, false, null, null, null, null, null];
    const rows = csat.map((c, i) => surveyRowParts({ csat: c, nps: nps[i], ces: ces[i], resolved: resolved[i] }));
    expect(addParts(...rows)).toEqual(SURVEY);
  });

  it('puts bucket edges where documented and rejects off-scale answers', () => {
    expect(surveyRowParts({ nps: 6 })).toMatchObject({ nps_detractors: 1, nps_passives: 0 });
    expect(surveyRowParts({ nps: 7 })).toMatchObject({ nps_passives: 1, nps_detractors: 0 });
    expect(surveyRowParts({ nps: 9 })).toMatchObject({ nps_promoters: 1, nps_passives: 0 });
    expect(surveyRowParts({ csat: 3 })).toMatchObject({ csat_top2: 0, csat_bottom2: 0, csat_n: 1 });
    expect(surveyRowParts({ ces: 4 })).toMatchObject({ ces_easy: 0, ces_n: 1 });
    expect(surveyRowParts({})).toMatchObject({ responses: 1, csat_n: 0, nps_n: 0, ces_n: 0, resolved_n: 0 });
    expect(() => surveyRowParts({ csat: 6 })).toThrow(RangeError);
    expect(() => surveyRowParts({ nps: 8.5 })).toThrow(RangeError);
  });
});

describe('evaluationRowParts', () => {
  it('rebuilds the EVALUATION fixture from its rows', () => {
    const rows = [
      { kind: 'MYSTERY_SHOP', scorePct: 90, criticalFail: false },
      { kind: 'MYSTERY_SHOP', scorePct: 70, criticalFail: true },
      { kind: 'MYSTERY_SHOP', scorePct: 100, criticalFail: false },
      { kind: 'MYSTERY_SHOP', scorePct: 85, criticalFail: false },
      { kind: 'QA', scorePct: 60, criticalFail: false },
      { kind: 'QA', scorePct: 95, criticalFail: false },
      { kind: 'QA', scorePct: 80, criticalFail: false }, // exactly the pass mark: passes
    ] as const;
    expect(addParts(...rows.map((r) => evaluationRowParts(r)))).toEqual(EVALUATION);
  });

  it('caps bonus scores before summing and judges the pass on the capped score', () => {
    // 110 capped at 100 and 50: mean 75
    const parts = addParts(
      evaluationRowParts({ kind: 'QA', scorePct: 110, criticalFail: false }),
      evaluationRowParts({ kind: 'QA', scorePct: 50, criticalFail: false }),
    );
    expect(parts).toMatchObject({ qa_score_sum: 150, qa_score_sumsq: 12500, qa_pass: 1 });
    expect(computeMetric('QA_SCORE', parts).value).toBe(75);
    expect(isEvaluationPass(79.9, { passMarkPct: 80, scoreCapPct: 100 })).toBe(false);
    expect(isEvaluationPass(95, { passMarkPct: 90, scoreCapPct: 100 })).toBe(true);
    expect(() => evaluationRowParts({ kind: 'QA', scorePct: -1, criticalFail: false })).toThrow(RangeError);
  });
});

describe('isShortAbandon', () => {
  it('is a wait strictly below the threshold', () => {
    expect(isShortAbandon(4.9, { shortAbandonSeconds: 5 })).toBe(true);
    expect(isShortAbandon(5, { shortAbandonSeconds: 5 })).toBe(false);
  });
});
