import { Client } from 'pg';
import { refreshDailyRollups } from '../../server/src/rollups/rollup-refresh';
import { SeededOrg } from '../support/seed';

// Hand-built facts for the metrics API tests: one row per object, every column the tests read.

export interface SurveyRow {
  site: string;
  at: string;
  channel?: string;
  csat?: number | null;
  nps?: number | null;
  ces?: number | null;
  resolved?: boolean | null;
  team?: string | null;
  topic?: string | null;
}

export interface EvaluationRow {
  site: string;
  at: string;
  kind: 'MYSTERY_SHOP' | 'QA';
  score: number;
  passed: boolean;
  critical?: boolean;
  channel?: string;
}

export interface KpiRow {
  site: string;
  at: string;
  minutes?: number;
  channel?: string;
  offered: number;
  answered?: number;
  abandoned?: number;
  abandonedShort?: number;
  withinSl?: number;
  wait?: number;
  talk?: number;
  hold?: number;
  acw?: number;
  handled?: number;
  resolvedFirst?: number;
  repeats?: number;
  transfers?: number;
  opportunities?: number;
  conversions?: number;
  staffed?: number;
}

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${++sequence}`;

export async function insertSurveys(client: Client, org: SeededOrg, rows: SurveyRow[]): Promise<void> {
  for (const r of rows) {
    await client.query(
      `INSERT INTO survey_response (org_id, site_id, channel, program_id, responded_at, csat, nps, ces, resolved, team, topic, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [org.orgId, org.siteIds[r.site], r.channel ?? 'VOICE', org.programId, r.at, r.csat ?? null, r.nps ?? null, r.ces ?? null, r.resolved ?? null, r.team ?? null, r.topic ?? null, nextId('s')],
    );
  }
}

export async function insertEvaluations(client: Client, org: SeededOrg, rows: EvaluationRow[]): Promise<void> {
  for (const r of rows) {
    await client.query(
      `INSERT INTO process_evaluation (org_id, kind, site_id, channel, program_id, evaluated_at, score_pct, passed, critical_failed, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [org.orgId, r.kind, org.siteIds[r.site], r.channel ?? 'VOICE', org.programId, r.at, r.score, r.passed, r.critical ?? false, nextId('e')],
    );
  }
}

export async function insertKpis(client: Client, org: SeededOrg, rows: KpiRow[]): Promise<void> {
  for (const r of rows) {
    await client.query(
      `INSERT INTO kpi_interval (org_id, site_id, channel, program_id, interval_start, interval_minutes, offered, answered, abandoned,
         abandoned_short, answered_within_sl, wait_answered_s, talk_s, hold_s, acw_s, handled, resolved_first_contact, repeat_contacts,
         transfers, sales_opportunities, sales_conversions, staffed_s)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
      [
        org.orgId, org.siteIds[r.site], r.channel ?? 'VOICE', org.programId, r.at, r.minutes ?? 30, r.offered, r.answered ?? 0,
        r.abandoned ?? 0, r.abandonedShort ?? 0, r.withinSl ?? 0, r.wait ?? 0, r.talk ?? 0, r.hold ?? 0, r.acw ?? 0, r.handled ?? 0,
        r.resolvedFirst ?? 0, r.repeats ?? 0, r.transfers ?? 0, r.opportunities ?? 0, r.conversions ?? 0, r.staffed ?? 0,
      ],
    );
  }
}

/** Rebuilds every daily rollup of the organisation from its facts (what ingestion keeps up to date on its own). */
export async function refreshRollups(client: Client, org: SeededOrg): Promise<void> {
  for (const fact of ['survey', 'evaluation', 'kpi'] as const) await refreshDailyRollups(client, fact, org.orgId, 'ALL');
}

/** The cells of a one-row result keyed by metric. */
export function cellsByMetric(row: { cells: { metric: string }[] }): Record<string, any> {
  return Object.fromEntries(row.cells.map((cell) => [cell.metric, cell]));
}
