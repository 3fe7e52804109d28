/**
 * The dashboard's GraphQL queries (a)-(f) of issue 8: the documents the client sends
 * (shared/src/dashboard-queries.ts) with the variables of the views that send them, and the
 * raw-SQL baseline of (a)-(d).
 */

import {
  METRICS_QUERY, RESPONSES_QUERY, SITE_RANKING_QUERY, SUMMARY_QUERY, VOP_VS_VOC_QUERY,
} from '@cxlens/shared';

export { METRICS_QUERY, RESPONSES_QUERY, SITE_RANKING_QUERY, SUMMARY_QUERY, VOP_VS_VOC_QUERY };

export type QueryId = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';

export interface DashboardQuery {
  id: QueryId;
  name: string;
  description: string;
  /** The serialised request body, sent as is on every run. */
  body: string;
}

const DAY_MS = 86_400_000;
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The periods of the queries, all ending on the last day of data. */
export interface Windows {
  lastDay: string;
  /** (a), (f): 90 days. */
  days90: { from: string; to: string };
  /** (a)'s comparison period: the 90 days before. */
  previous90: { from: string; to: string };
  /** (b), (e): a quarter, 91 days (13 weeks). */
  quarter: { from: string; to: string };
  /** (c), (d): two years, 730 days. */
  twoYears: { from: string; to: string };
}

export function windowsEndingOn(lastDay: string): Windows {
  return {
    lastDay,
    days90: { from: addDays(lastDay, -89), to: lastDay },
    previous90: { from: addDays(lastDay, -179), to: addDays(lastDay, -90) },
    quarter: { from: addDays(lastDay, -90), to: lastDay },
    twoYears: { from: addDays(lastDay, -729), to: lastDay },
  };
}

/** The request body as client/src/api/graphql.ts sends it: { query, variables }. */
const body = (_operation: string, query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/** Variables as the dashboard sends them (useMetrics fills groupBy, granularity, compareTo and adjustPValues). */
export function dashboardQueries(w: Windows): DashboardQuery[] {
  const metrics = (filter: object, measures: string[], groupBy: string[], granularity: string) =>
    body('Metrics', METRICS_QUERY, { filter, measures, groupBy, granularity, compareTo: null, adjustPValues: false });
  return [
    {
      id: 'a', name: 'summary 90d',
      description: 'Overview tiles: summary, 90 days, default measures, compared with the previous period, weekly sparklines',
      body: body('Summary', SUMMARY_QUERY, { filter: w.days90, measures: null, compareTo: 'PREVIOUS_PERIOD' }),
    },
    {
      id: 'b', name: 'siteRanking CSAT mix-adjusted, quarter',
      description: 'Sites page: siteRanking(measure: CSAT, mixAdjusted: true), 91 days',
      body: body('SiteRanking', SITE_RANKING_QUERY, { filter: w.quarter, measure: 'CSAT', mixAdjusted: true }),
    },
    {
      id: 'c', name: 'CSAT+NPS by channel × week, 2 years',
      description: 'metrics(measures: [CSAT, NPS], groupBy: [CHANNEL], granularity: WEEK), 730 days',
      body: metrics(w.twoYears, ['CSAT', 'NPS'], ['CHANNEL'], 'WEEK'),
    },
    {
      id: 'd', name: 'CSAT+NPS+n by site × channel × week, 2 years',
      description: 'metrics(measures: [CSAT, NPS, RESPONSES], groupBy: [SITE, CHANNEL], granularity: WEEK), 730 days: the whole cube',
      body: metrics(w.twoYears, ['CSAT', 'NPS', 'RESPONSES'], ['SITE', 'CHANNEL'], 'WEEK'),
    },
    {
      id: 'e', name: 'vopVsVoc by site × channel, quarter',
      description: 'VOP vs VOC page: vopVsVoc(unit: SITE_CHANNEL, vop: MYSTERY_SCORE, voc: CSAT, granularity: WEEK), 91 days',
      body: body('VopVsVoc', VOP_VS_VOC_QUERY, { filter: w.quarter, unit: 'SITE_CHANNEL', vop: 'MYSTERY_SCORE', voc: 'CSAT', granularity: 'WEEK', focusUnit: null }),
    },
    {
      id: 'f', name: 'detractor verbatims, 90d, first page',
      description: 'Responses page: responses(first: 50, filter: {npsMax: 6, withCommentOnly: true}), 90 days',
      body: body('Responses', RESPONSES_QUERY, {
        filter: { from: `${w.days90.from}T00:00:00Z`, to: `${addDays(w.lastDay, 1)}T00:00:00Z`, npsMax: 6, withCommentOnly: true },
        first: 50, after: null,
      }),
    },
  ];
}

/** RESPONSES over every day of data (site-local days may run one day past the UTC ones): the consistency probe. */
export function responsesCountQuery(firstDay: string, lastDay: string): string {
  return body('Metrics', METRICS_QUERY, {
    filter: { from: addDays(firstDay, -1), to: addDays(lastDay, 1) }, measures: ['RESPONSES'], groupBy: [], granularity: 'NONE',
    compareTo: null, adjustPValues: false,
  });
}

/** Sum of every `n` in an answer: the sample sizes change with any row added, so equal sums = the same data. */
export function sumOfN(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((s: number, v) => s + sumOfN(v), 0);
  if (value && typeof value === 'object') {
    let s = 0;
    for (const [k, v] of Object.entries(value)) {
      if (k === 'n' && typeof v === 'number') s += v;
      else if (k === 'n' && Array.isArray(v)) s += v.reduce((t: number, x) => t + (typeof x === 'number' ? x : 0), 0); // a column of n
      else s += sumOfN(v);
    }
    return s;
  }
  return 0;
}

interface Cell { metric: string; n: number; value: number | null }
type AnyData = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** CSAT sample size in an API answer of (a)-(d), to check the raw baseline computed the same thing. */
export function apiCsatN(id: QueryId, data: AnyData): number | null {
  switch (id) {
    case 'a':
      return (data.summary.tiles as Cell[]).find((t) => t.metric === 'CSAT')?.n ?? null;
    case 'b':
      return data.siteRanking.organization.n as number;
    case 'c':
    case 'd':
      return ((data.metrics.columns.cells as { metric: string; n: number[] }[]).find((c) => c.metric === 'CSAT')?.n ?? []).reduce((s, n) => s + n, 0);
    default:
      return null;
  }
}

// ---- Raw baseline: the same figures straight from the fact tables, site-local days via AT TIME ZONE. ----

const LOCAL_DATE = (column: string) => `(f.${column} AT TIME ZONE s.time_zone)::date`;
const WEEK = (column: string) => `date_trunc('week', ${LOCAL_DATE(column)}::timestamp)::date`;
/** The UTC pre-filter (an index range) and the exact site-local day filter, as the metrics engine's raw path does. */
const WHERE = (column: string) => `
WHERE f.org_id = $1::bigint
  AND f.${column} >= (($2::date - 1)::timestamp AT TIME ZONE 'UTC')
  AND f.${column} < (($3::date + 2)::timestamp AT TIME ZONE 'UTC')
  AND ${LOCAL_DATE(column)} BETWEEN $2::date AND $3::date`;
const FROM = (table: string) => `FROM ${table} f JOIN site s ON s.org_id = f.org_id AND s.id = f.site_id`;

const CSAT_SUMS = `count(f.csat) AS csat_n, count(*) FILTER (WHERE f.csat >= 4) AS csat_top2`;
const NPS_SUMS = `count(f.nps) AS nps_n, count(*) FILTER (WHERE f.nps >= 9) AS nps_promoters, count(*) FILTER (WHERE f.nps <= 6) AS nps_detractors`;
const SURVEY_SUMS = `${CSAT_SUMS}, count(*) FILTER (WHERE f.csat <= 2) AS csat_bottom2, ${NPS_SUMS},
  count(f.ces) AS ces_n, sum(f.ces) AS ces_sum, sum(f.ces * f.ces) AS ces_sumsq,
  count(f.resolved) AS resolved_n, count(*) FILTER (WHERE f.resolved) AS resolved_yes`;
const KPI_SUMS = `sum(f.offered) AS offered, sum(f.answered) AS answered, sum(f.abandoned) AS abandoned,
  sum(f.abandoned_short) AS abandoned_short, sum(f.answered_within_sl) AS answered_within_sl,
  sum(f.wait_answered_s) AS wait_answered_s, sum(f.talk_s) AS talk_s, sum(f.hold_s) AS hold_s, sum(f.acw_s) AS acw_s,
  sum(f.handled) AS handled, sum(f.resolved_first_contact) AS resolved_first_contact`;

export interface BaselineStatement {
  sql: string;
  params: unknown[];
}

export interface BaselineQuery {
  id: QueryId;
  /** Run in parallel (the API also reads its parts in parallel). */
  statements: BaselineStatement[];
  /** CSAT sample size from the rows, to compare with the API's answer. */
  csatN(results: Record<string, unknown>[][]): number;
}

const sumColumn = (rows: Record<string, unknown>[], column: string, where: (r: Record<string, unknown>) => boolean = () => true) =>
  rows.filter(where).reduce((s, r) => s + Number(r[column] ?? 0), 0);

export function baselineQueries(orgId: string, w: Windows): BaselineQuery[] {
  return [
    {
      // Totals of the period and the previous one, and the weekly sparkline of the period, for surveys and KPI intervals.
      id: 'a',
      statements: [
        {
          sql: `SELECT ${LOCAL_DATE('responded_at')} >= $4::date AS current, ${WEEK('responded_at')} AS week, ${SURVEY_SUMS}
${FROM('survey_response')}${WHERE('responded_at')}
GROUP BY 1, 2`,
          params: [orgId, w.previous90.from, w.days90.to, w.days90.from],
        },
        {
          sql: `SELECT ${LOCAL_DATE('interval_start')} >= $4::date AS current, ${WEEK('interval_start')} AS week, ${KPI_SUMS}
${FROM('kpi_interval')}${WHERE('interval_start')}
GROUP BY 1, 2`,
          params: [orgId, w.previous90.from, w.days90.to, w.days90.from],
        },
      ],
      csatN: ([surveys]) => sumColumn(surveys, 'csat_n', (r) => r.current === true),
    },
    {
      // Mix adjustment needs each site's CSAT per channel, and the organisation's channel mix.
      id: 'b',
      statements: [{
        sql: `SELECT f.site_id, f.channel, ${CSAT_SUMS}
${FROM('survey_response')}${WHERE('responded_at')}
GROUP BY 1, 2`,
        params: [orgId, w.quarter.from, w.quarter.to],
      }],
      csatN: ([rows]) => sumColumn(rows, 'csat_n'),
    },
    {
      id: 'c',
      statements: [{
        sql: `SELECT f.channel, ${WEEK('responded_at')} AS week, ${CSAT_SUMS}, ${NPS_SUMS}
${FROM('survey_response')}${WHERE('responded_at')}
GROUP BY 1, 2`,
        params: [orgId, w.twoYears.from, w.twoYears.to],
      }],
      csatN: ([rows]) => sumColumn(rows, 'csat_n'),
    },
    {
      id: 'd',
      statements: [{
        sql: `SELECT f.site_id, f.channel, ${WEEK('responded_at')} AS week, ${CSAT_SUMS}, ${NPS_SUMS}, count(*) AS responses
${FROM('survey_response')}${WHERE('responded_at')}
GROUP BY 1, 2, 3`,
        params: [orgId, w.twoYears.from, w.twoYears.to],
      }],
      csatN: ([rows]) => sumColumn(rows, 'csat_n'),
    },
  ];
}
