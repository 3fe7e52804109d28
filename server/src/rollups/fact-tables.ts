/**
 * The three fact tables and, for each additive part of the metric registry,
 * the aggregate expression that computes it from raw rows (alias `f`). The
 * daily rollups store exactly these aggregates; the metrics engine sums the
 * rollup columns, or evaluates these expressions on raw rows (HOUR grain,
 * partial days, agent/topic breakdowns). One definition keeps both paths equal.
 */
export type Fact = 'survey' | 'evaluation' | 'kpi';

export interface FactTable {
  table: string;
  time: string;
  rollup: string;
  parts: Record<string, string>;
}

const counterSums = (names: string[]) => Object.fromEntries(names.map((n) => [n, `coalesce(sum(f.${n}), 0)`]));

function evaluationParts(prefix: 'ms' | 'qa', kind: 'MYSTERY_SHOP' | 'QA'): Record<string, string> {
  const of = `f.kind = '${kind}'`;
  return {
    [`${prefix}_n`]: `count(*) FILTER (WHERE ${of})`,
    [`${prefix}_pass`]: `count(*) FILTER (WHERE ${of} AND f.passed)`,
    [`${prefix}_critical_fail`]: `count(*) FILTER (WHERE ${of} AND f.critical_failed)`,
    [`${prefix}_score_sum`]: `coalesce(sum(f.score_pct) FILTER (WHERE ${of}), 0)`,
    [`${prefix}_score_sumsq`]: `coalesce(sum(f.score_pct * f.score_pct) FILTER (WHERE ${of}), 0)`,
  };
}

export const FACT_TABLES: Record<Fact, FactTable> = {
  survey: {
    table: 'survey_response',
    time: 'responded_at',
    rollup: 'survey_daily',
    parts: {
      responses: 'count(*)',
      csat_n: 'count(f.csat)',
      csat_top2: 'count(*) FILTER (WHERE f.csat >= 4)',
      csat_bottom2: 'count(*) FILTER (WHERE f.csat <= 2)',
      csat_sum: 'coalesce(sum(f.csat), 0)',
      csat_sumsq: 'coalesce(sum(f.csat * f.csat), 0)',
      nps_n: 'count(f.nps)',
      nps_promoters: 'count(*) FILTER (WHERE f.nps >= 9)',
      nps_passives: 'count(*) FILTER (WHERE f.nps BETWEEN 7 AND 8)',
      nps_detractors: 'count(*) FILTER (WHERE f.nps <= 6)',
      ces_n: 'count(f.ces)',
      ces_easy: 'count(*) FILTER (WHERE f.ces >= 5)',
      ces_sum: 'coalesce(sum(f.ces), 0)',
      ces_sumsq: 'coalesce(sum(f.ces * f.ces), 0)',
      resolved_n: 'count(f.resolved)',
      resolved_yes: 'count(*) FILTER (WHERE f.resolved)',
    },
  },
  evaluation: {
    table: 'process_evaluation',
    time: 'evaluated_at',
    rollup: 'evaluation_daily',
    parts: { ...evaluationParts('ms', 'MYSTERY_SHOP'), ...evaluationParts('qa', 'QA') },
  },
  kpi: {
    table: 'kpi_interval',
    time: 'interval_start',
    rollup: 'kpi_daily',
    parts: {
      intervals: 'count(*)',
      ...counterSums([
        'offered', 'answered', 'abandoned', 'abandoned_short', 'answered_within_sl', 'wait_answered_s', 'talk_s', 'hold_s',
        'acw_s', 'handled', 'resolved_first_contact', 'repeat_contacts', 'transfers', 'sales_opportunities',
        'sales_conversions', 'staffed_s',
      ]),
    },
  },
};

/** Parts stored as numeric (evaluation score sums, which have decimals); every other part is an integer count or sum. */
export function isNumericPart(part: string): boolean {
  return /_score_sum(sq)?$/.test(part);
}

/** The site-local calendar date of a fact row (`s` is the joined site). */
export function localDateSql(fact: Fact): string {
  return `(f.${FACT_TABLES[fact].time} AT TIME ZONE s.time_zone)::date`;
}
