// Additive parts: counts and sums kept in daily rollups and computable from raw rows. The
// server SUM()s them over any slice, so every metric must be a function of these sums alone.
// The names are SQL column names; keep them in step with the rollup migrations.

export const FACTS = ['survey', 'evaluation', 'kpi'] as const;
export type Fact = (typeof FACTS)[number];

export const PARTS_BY_FACT = {
  survey: [
    'responses',
    'csat_n',
    'csat_top2',
    'csat_bottom2',
    'csat_sum',
    'csat_sumsq',
    'nps_n',
    'nps_promoters',
    'nps_passives',
    'nps_detractors',
    'ces_n',
    'ces_easy',
    'ces_sum',
    'ces_sumsq',
    'resolved_n',
    'resolved_yes',
  ],
  evaluation: [
    'ms_n',
    'ms_score_sum',
    'ms_score_sumsq',
    'ms_pass',
    'ms_critical_fail',
    'qa_n',
    'qa_score_sum',
    'qa_score_sumsq',
    'qa_pass',
    'qa_critical_fail',
  ],
  kpi: [
    'intervals',
    'offered',
    'answered',
    'abandoned',
    'abandoned_short',
    'answered_within_sl',
    'wait_answered_s',
    'talk_s',
    'hold_s',
    'acw_s',
    'handled',
    'resolved_first_contact',
    'repeat_contacts',
    'transfers',
    'sales_opportunities',
    'sales_conversions',
    'staffed_s',
  ],
} as const;

export type Part = (typeof PARTS_BY_FACT)[Fact][number];
export type SurveyPart = (typeof PARTS_BY_FACT)['survey'][number];
export type EvaluationPart = (typeof PARTS_BY_FACT)['evaluation'][number];
export type KpiPart = (typeof PARTS_BY_FACT)['kpi'][number];

/** Summed parts of one slice. A missing or null part counts as 0 (SQL SUM over no rows). */
export type Parts = Partial<Record<Part, number | null>>;

export const ALL_PARTS: readonly Part[] = FACTS.flatMap((fact) => PARTS_BY_FACT[fact]);

const FACT_OF_PART = new Map<string, Fact>(FACTS.flatMap((fact) => PARTS_BY_FACT[fact].map((part) => [part, fact] as const)));

export function isPart(value: unknown): value is Part {
  return typeof value === 'string' && FACT_OF_PART.has(value);
}

export function factOfPart(part: Part): Fact {
  return FACT_OF_PART.get(part)!;
}

/** Reads a part as a number; a non-number (e.g. a pg numeric string) is a caller bug, so it throws. */
export function partValue(parts: Parts, part: Part): number {
  const value = parts[part];
  if (value === undefined || value === null) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError(`part '${part}' must be a finite number, got ${typeof value} ${String(value)}`);
  }
  return value;
}

/** Adds parts slice by slice, as SUM() does. */
export function addParts(...slices: readonly Parts[]): Parts {
  return sumParts(slices);
}

/** addParts over any iterable of slices (a Map's values), without an array of them. */
export function sumParts(slices: Iterable<Parts>): Parts {
  const total: Parts = {};
  for (const slice of slices) addPartsInto(total, slice);
  return total;
}

/**
 * Adds one slice into a running total in place (the total is returned): for loops that add many
 * slices, without a new object per step. Parts are plain objects, so `for in` visits what
 * Object.keys would list, in its order, without an array per call.
 */
export function addPartsInto(total: Parts, slice: Parts): Parts {
  for (const part in slice) total[part as Part] = (total[part as Part] ?? 0) + partValue(slice, part as Part);
  return total;
}
