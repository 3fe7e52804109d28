import * as fc from 'fast-check';
import { DEFAULT_SCORING_RULES, isScoringProblem, scoreEvaluation, ScoringRules } from './evaluation-score';

const gate: ScoringRules = { criticalMode: 'GATE', passMarkPct: 80, scoreCapPct: 100 };
const knockout: ScoringRules = { ...gate, criticalMode: 'KNOCKOUT' };

describe('scoreEvaluation', () => {
  it('divides points earned by points possible over applicable items only', () => {
    // 3 + 2 of 5 + 5; the N/A item (max 10) counts neither way.
    expect(scoreEvaluation([{ points: 3, max: 5 }, { points: 2, max: 5 }, { points: null, max: 10 }], gate)).toEqual({
      scorePct: 50, passed: false, criticalFailed: false, earned: 5, possible: 10,
    });
  });

  it('rounds half up to 2 decimals', () => {
    expect(scoreEvaluation([{ points: 1, max: 3 }])).toMatchObject({ scorePct: 33.33 });
    expect(scoreEvaluation([{ points: 2, max: 3 }])).toMatchObject({ scorePct: 66.67 });
    expect(scoreEvaluation([{ points: 1, max: 32 }])).toMatchObject({ scorePct: 3.13 }); // 3.125 exactly
  });

  it('passes at exactly the pass mark and not below', () => {
    expect(scoreEvaluation([{ points: 4, max: 5 }], gate)).toMatchObject({ scorePct: 80, passed: true });
    expect(scoreEvaluation([{ points: 79, max: 100 }], gate)).toMatchObject({ scorePct: 79, passed: false });
  });

  it('adds bonus points (max 0 or flagged) to earned only and caps the score', () => {
    const items = [{ points: 9, max: 10 }, { points: 2, max: 0 }, { points: 1, max: 1, bonus: true }];
    expect(scoreEvaluation(items, gate)).toMatchObject({ scorePct: 100, earned: 12, possible: 10, passed: true });
    expect(scoreEvaluation(items, { ...gate, scoreCapPct: 110 })).toMatchObject({ scorePct: 110 });
    expect(scoreEvaluation([{ points: 8, max: 10 }, { points: 1, max: 0 }], gate)).toMatchObject({ scorePct: 90 });
  });

  it('GATE keeps the score but fails the evaluation on a missed critical item', () => {
    const items = [{ points: 9, max: 10 }, { points: 1, max: 2, critical: true }];
    expect(scoreEvaluation(items, gate)).toMatchObject({ scorePct: 83.33, criticalFailed: true, passed: false });
  });

  it('KNOCKOUT zeroes the score on a missed critical item', () => {
    const items = [{ points: 10, max: 10 }, { points: 0, max: 2, critical: true }];
    expect(scoreEvaluation(items, knockout)).toMatchObject({ scorePct: 0, criticalFailed: true, passed: false });
  });

  it('does not fail on a critical item that was not applicable or fully met', () => {
    const items = [{ points: 10, max: 10 }, { points: null, max: 2, critical: true }, { points: 2, max: 2, critical: true }];
    expect(scoreEvaluation(items, knockout)).toMatchObject({ scorePct: 100, criticalFailed: false, passed: true });
  });

  it('reports items that cannot be scored', () => {
    expect(scoreEvaluation([{ points: 6, max: 5 }])).toEqual({ index: 0, reason: 'points 6 exceed max 5' });
    expect(scoreEvaluation([{ points: 1, max: 1 }, { points: -1, max: 5 }])).toMatchObject({ index: 1 });
    expect(scoreEvaluation([{ points: null, max: 5 }])).toEqual({ index: null, reason: expect.stringMatching(/no applicable/) });
    expect(scoreEvaluation([])).toMatchObject({ index: null });
  });

  it('always yields a score within [0, cap] with passed implying no critical failure', () => {
    const item = fc.record({
      points: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
      max: fc.integer({ min: 0, max: 10 }),
      critical: fc.boolean(),
    }).map((i) => ({ ...i, points: i.points === null ? null : Math.min(i.points, i.max === 0 ? 3 : i.max), critical: i.critical && i.max > 0 }));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.constantFrom(gate, knockout), (items, rules) => {
        const result = scoreEvaluation(items, rules);
        if (isScoringProblem(result)) return;
        expect(result.scorePct).toBeGreaterThanOrEqual(0);
        expect(result.scorePct).toBeLessThanOrEqual(rules.scoreCapPct);
        if (result.passed) expect(result.criticalFailed).toBe(false);
      }),
    );
  });

  it('uses GATE, pass mark 80 and cap 100 by default', () => {
    expect(DEFAULT_SCORING_RULES).toEqual({ criticalMode: 'GATE', passMarkPct: 80, scoreCapPct: 100 });
  });
});
