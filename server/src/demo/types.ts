import type { Channel, EvaluationKind } from '@cxlens/shared';

/**
 * Row shapes produced by the demo generator: camelCase mirrors of the table
 * columns (survey_response, process_evaluation, kpi_interval) with the site
 * and program referenced by `code` instead of id. org_id, id and received_at
 * are left to the database; `source` is always 'demo'.
 */

export type ProgramCode = 'TELCO' | 'BANK';

export interface DemoOptions {
  seed: number;
  /** Number of site-local calendar days generated, ending the day before `endDate`. */
  days?: number;
  /** Multiplier on volumes: survey and evaluation counts, KPI contact counts (not the number of KPI rows). */
  scale?: number;
  /**
   * Exclusive end: days run up to the UTC calendar day before endDate's UTC date, in each site's local
   * calendar; rows timed at or after 00:00 UTC of endDate's day are left out (late local evenings west of UTC).
   */
  endDate: Date;
  /** Site count: up to 8 takes the curated sites in order; more adds synthetic sites (S0009 …). */
  sites?: number;
}

export interface ResolvedDemoOptions {
  seed: number;
  days: number;
  scale: number;
  /** Epoch day number (days since 1970-01-01) of the first generated day. */
  firstDay: number;
  /** Epoch ms of 00:00 UTC on endDate's day: nothing at or after it is generated (it has not happened yet). */
  endMs: number;
  sites: number;
}

export interface OrganizationRow {
  slug: string;
  name: string;
}

export interface ProgramRow {
  code: ProgramCode;
  name: string;
}

export interface SiteRow {
  code: string;
  name: string;
  city: string;
  country: string;
  region: string;
  timeZone: string;
}

export interface SurveyResponseRow {
  externalId: string;
  siteCode: string;
  programCode: ProgramCode;
  channel: Channel;
  agent: string | null;
  team: string | null;
  topic: string;
  language: string;
  customerRef: string;
  interactionRef: string;
  respondedAt: Date;
  /** 1-5. */
  csat: number | null;
  /** 0-10. */
  nps: number | null;
  /** 1-7, CES 2.0 agreement with "made it easy": higher is better. */
  ces: number | null;
  resolved: boolean | null;
  comment: string | null;
  source: 'demo';
}

/** One checklist line; points and max are already weighted (max = 5 × weight). */
export interface EvaluationItemRow {
  section: string;
  item: string;
  weight: number;
  /** null when not applicable. */
  points: number | null;
  max: number;
  critical: boolean;
}

export interface ProcessEvaluationRow {
  externalId: string;
  kind: EvaluationKind;
  siteCode: string;
  programCode: ProgramCode;
  channel: Channel;
  form: string;
  evaluator: string;
  agency: string | null;
  scenario: string | null;
  agent: string;
  evaluatedAt: Date;
  scorePct: number;
  passed: boolean;
  criticalFailed: boolean;
  items: EvaluationItemRow[];
  comment: string | null;
  source: 'demo';
}

export interface KpiIntervalRow {
  siteCode: string;
  programCode: ProgramCode;
  channel: Channel;
  intervalStart: Date;
  intervalMinutes: 30 | 60;
  offered: number;
  answered: number;
  abandoned: number;
  abandonedShort: number;
  answeredWithinSl: number;
  slThresholdS: number;
  waitAnsweredS: number;
  talkS: number;
  holdS: number;
  acwS: number;
  handled: number;
  resolvedFirstContact: number;
  repeatContacts: number;
  transfers: number;
  salesOpportunities: number;
  salesConversions: number;
  staffedS: number;
  source: 'demo';
}
