/**
 * Scoring of one mystery-shop or QA checklist, shared by the server (imports,
 * mutations) and the client (form previews), so both always agree.
 */

export const CRITICAL_MODES = ['KNOCKOUT', 'GATE'] as const;
/** KNOCKOUT: a failed critical item sets the score to 0. GATE: the score stands, but the evaluation cannot pass. */
export type CriticalMode = (typeof CRITICAL_MODES)[number];

export interface ScoringRules {
  criticalMode: CriticalMode;
  /** An evaluation passes at a score of at least this, with no critical failure. */
  passMarkPct: number;
  /** Bonus points may lift the score up to this, never beyond. */
  scoreCapPct: number;
}

export const DEFAULT_SCORING_RULES: Readonly<ScoringRules> = Object.freeze({
  criticalMode: 'GATE',
  passMarkPct: 80,
  scoreCapPct: 100,
});

export interface ChecklistItemScore {
  /** Points earned; null when the item did not apply (it then counts neither way). */
  points: number | null;
  /** Points possible; 0 marks a bonus item. */
  max: number;
  critical?: boolean;
  /** A bonus item adds its points to the earned side only. */
  bonus?: boolean;
}

export interface EvaluationScore {
  /** Rounded to 2 decimals (the stored precision). */
  scorePct: number;
  passed: boolean;
  criticalFailed: boolean;
  earned: number;
  possible: number;
}

export type ScoringProblem = { index: number | null; reason: string };

export function isBonusItem(item: ChecklistItemScore): boolean {
  return item.bonus === true || item.max === 0;
}

/** Why an item cannot be scored, or null when it can. */
export function checklistItemProblem(item: ChecklistItemScore): string | null {
  if (!Number.isFinite(item.max) || item.max < 0) return `max must be a number >= 0, got ${item.max}`;
  if (item.points === null) return null;
  if (!Number.isFinite(item.points) || item.points < 0) return `points must be a number >= 0 or null (not applicable), got ${item.points}`;
  if (!isBonusItem(item) && item.points > item.max) return `points ${item.points} exceed max ${item.max}`;
  if (item.critical && isBonusItem(item)) return 'an item cannot be both critical and bonus';
  return null;
}

/** Half-up rounding to 2 decimals that is exact for ratios of the small numbers checklists use. */
function roundPct(earned: number, possible: number): number {
  return Math.round((earned * 10_000) / possible) / 100;
}

/**
 * Points earned over points possible across the applicable (non-null) items;
 * bonus items add earned points only, and the result is capped at the rules'
 * cap. A critical item with points below its max is a critical failure.
 */
export function scoreEvaluation(items: readonly ChecklistItemScore[], rules: ScoringRules = DEFAULT_SCORING_RULES): EvaluationScore | ScoringProblem {
  let earned = 0;
  let possible = 0;
  let criticalFailed = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const problem = checklistItemProblem(item);
    if (problem) return { index: i, reason: problem };
    if (item.points === null) continue;
    earned += item.points;
    if (!isBonusItem(item)) possible += item.max;
    if (item.critical && item.points < item.max) criticalFailed = true;
  }
  if (possible === 0) return { index: null, reason: 'no applicable scored item (every item is N/A or bonus)' };
  const raw = Math.min(roundPct(earned, possible), rules.scoreCapPct);
  const scorePct = criticalFailed && rules.criticalMode === 'KNOCKOUT' ? 0 : raw;
  return { scorePct, passed: scorePct >= rules.passMarkPct && !criticalFailed, criticalFailed, earned, possible };
}

export function isScoringProblem(result: EvaluationScore | ScoringProblem): result is ScoringProblem {
  return 'reason' in result;
}
