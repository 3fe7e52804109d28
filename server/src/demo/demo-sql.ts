import type { KpiIntervalRow, ProcessEvaluationRow, SurveyResponseRow } from './types';

/**
 * Bulk inserts for the demo loader: one statement per chunk, every column
 * passed as an array and unnested, site and program resolved by code within
 * the org. Each returns the number of rows actually inserted (conflicts skip).
 */

export interface BulkInsert<T> {
  table: string;
  sql: string;
  /** Parameters after $1 (org id), one array per column in the statement's order. */
  params(rows: readonly T[]): unknown[][];
}

const iso = (d: Date) => d.toISOString();

export const INSERT_SURVEY_RESPONSES: BulkInsert<SurveyResponseRow> = {
  table: 'survey_response',
  sql: `
    WITH inserted AS (
      INSERT INTO survey_response (org_id, external_id, site_id, program_id, channel, agent, team, topic, language,
        customer_ref, interaction_ref, responded_at, csat, nps, ces, resolved, comment, source)
      SELECT $1::bigint, t.external_id, s.id, p.id, t.channel::channel, t.agent, t.team, t.topic, t.language,
        t.customer_ref, t.interaction_ref, t.responded_at, t.csat, t.nps, t.ces, t.resolved, t.comment, 'demo'
      FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
          $10::text[], $11::text[], $12::timestamptz[], $13::smallint[], $14::smallint[], $15::smallint[],
          $16::boolean[], $17::text[])
        AS t(external_id, site_code, program_code, channel, agent, team, topic, language, customer_ref,
          interaction_ref, responded_at, csat, nps, ces, resolved, comment)
      JOIN site s ON s.org_id = $1::bigint AND s.code = t.site_code
      JOIN program p ON p.org_id = $1::bigint AND p.code = t.program_code
      ON CONFLICT (org_id, external_id) DO NOTHING
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM inserted`,
  params: (rows) => [
    rows.map((r) => r.externalId), rows.map((r) => r.siteCode), rows.map((r) => r.programCode),
    rows.map((r) => r.channel), rows.map((r) => r.agent), rows.map((r) => r.team), rows.map((r) => r.topic),
    rows.map((r) => r.language), rows.map((r) => r.customerRef), rows.map((r) => r.interactionRef),
    rows.map((r) => iso(r.respondedAt)), rows.map((r) => r.csat), rows.map((r) => r.nps), rows.map((r) => r.ces),
    rows.map((r) => r.resolved), rows.map((r) => r.comment),
  ],
};

export const INSERT_PROCESS_EVALUATIONS: BulkInsert<ProcessEvaluationRow> = {
  table: 'process_evaluation',
  sql: `
    WITH inserted AS (
      INSERT INTO process_evaluation (org_id, external_id, kind, site_id, program_id, channel, form, evaluator, agency,
        scenario, agent, evaluated_at, score_pct, passed, critical_failed, items, comment, source)
      SELECT $1::bigint, t.external_id, t.kind::evaluation_kind, s.id, p.id, t.channel::channel, t.form, t.evaluator,
        t.agency, t.scenario, t.agent, t.evaluated_at, t.score_pct, t.passed, t.critical_failed, t.items::jsonb,
        t.comment, 'demo'
      FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
          $10::text[], $11::text[], $12::timestamptz[], $13::numeric[], $14::boolean[], $15::boolean[],
          $16::text[], $17::text[])
        AS t(external_id, kind, site_code, program_code, channel, form, evaluator, agency, scenario, agent,
          evaluated_at, score_pct, passed, critical_failed, items, comment)
      JOIN site s ON s.org_id = $1::bigint AND s.code = t.site_code
      JOIN program p ON p.org_id = $1::bigint AND p.code = t.program_code
      ON CONFLICT (org_id, external_id) DO NOTHING
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM inserted`,
  params: (rows) => [
    rows.map((r) => r.externalId), rows.map((r) => r.kind), rows.map((r) => r.siteCode),
    rows.map((r) => r.programCode), rows.map((r) => r.channel), rows.map((r) => r.form),
    rows.map((r) => r.evaluator), rows.map((r) => r.agency), rows.map((r) => r.scenario), rows.map((r) => r.agent),
    rows.map((r) => iso(r.evaluatedAt)), rows.map((r) => r.scorePct), rows.map((r) => r.passed),
    rows.map((r) => r.criticalFailed), rows.map((r) => JSON.stringify(r.items)), rows.map((r) => r.comment),
  ],
};

export const INSERT_KPI_INTERVALS: BulkInsert<KpiIntervalRow> = {
  table: 'kpi_interval',
  sql: `
    WITH inserted AS (
      INSERT INTO kpi_interval (org_id, site_id, program_id, channel, interval_start, interval_minutes, offered,
        answered, abandoned, abandoned_short, answered_within_sl, sl_threshold_s, wait_answered_s, talk_s, hold_s,
        acw_s, handled, resolved_first_contact, repeat_contacts, transfers, sales_opportunities, sales_conversions,
        staffed_s, source)
      SELECT $1::bigint, s.id, p.id, t.channel::channel, t.interval_start, t.interval_minutes, t.offered,
        t.answered, t.abandoned, t.abandoned_short, t.answered_within_sl, t.sl_threshold_s, t.wait_answered_s,
        t.talk_s, t.hold_s, t.acw_s, t.handled, t.resolved_first_contact, t.repeat_contacts, t.transfers,
        t.sales_opportunities, t.sales_conversions, t.staffed_s, 'demo'
      FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::smallint[], $7::int[], $8::int[],
          $9::int[], $10::int[], $11::int[], $12::int[], $13::bigint[], $14::bigint[], $15::bigint[], $16::bigint[],
          $17::int[], $18::int[], $19::int[], $20::int[], $21::int[], $22::int[], $23::bigint[])
        AS t(site_code, program_code, channel, interval_start, interval_minutes, offered, answered, abandoned,
          abandoned_short, answered_within_sl, sl_threshold_s, wait_answered_s, talk_s, hold_s, acw_s, handled,
          resolved_first_contact, repeat_contacts, transfers, sales_opportunities, sales_conversions, staffed_s)
      JOIN site s ON s.org_id = $1::bigint AND s.code = t.site_code
      JOIN program p ON p.org_id = $1::bigint AND p.code = t.program_code
      ON CONFLICT (org_id, site_id, channel, program_id, interval_start) DO NOTHING
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM inserted`,
  params: (rows) => [
    rows.map((r) => r.siteCode), rows.map((r) => r.programCode), rows.map((r) => r.channel),
    rows.map((r) => iso(r.intervalStart)), rows.map((r) => r.intervalMinutes), rows.map((r) => r.offered),
    rows.map((r) => r.answered), rows.map((r) => r.abandoned), rows.map((r) => r.abandonedShort),
    rows.map((r) => r.answeredWithinSl), rows.map((r) => r.slThresholdS), rows.map((r) => r.waitAnsweredS),
    rows.map((r) => r.talkS), rows.map((r) => r.holdS), rows.map((r) => r.acwS), rows.map((r) => r.handled),
    rows.map((r) => r.resolvedFirstContact), rows.map((r) => r.repeatContacts), rows.map((r) => r.transfers),
    rows.map((r) => r.salesOpportunities), rows.map((r) => r.salesConversions), rows.map((r) => r.staffedS),
  ],
};
