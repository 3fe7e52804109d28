import type { Channel, ComparePeriod, Dimension, Granularity, MetricId } from '@cxlens/shared';

// Types of the GraphQL answers the dashboard reads, hand-written from server/schema.gql (and the
// agreed VOP vs VOC shape) until operation types are generated; operations.spec.ts validates every
// operation document against the schema so the two cannot drift silently.

/** A site-local calendar day, ISO 8601 (2026-03-08). */
export type LocalDate = string;

export interface MetricFilterInput {
  from: LocalDate;
  to: LocalDate;
  siteIds?: string[];
  countries?: string[];
  regions?: string[];
  channels?: Channel[];
  programIds?: string[];
}

/** One measure in one row: value with its 95% interval and, when comparing, the change and its test. */
export interface MetricCell {
  metric: MetricId;
  value: number | null;
  n: number;
  ciLow: number | null;
  ciHigh: number | null;
  lowSample: boolean;
  previousValue: number | null;
  delta: number | null;
  pValue: number | null;
  adjustedPValue: number | null;
  significant: boolean | null;
}

export interface SiteRef {
  id: string;
  code: string;
  name: string;
  city: string;
  country: string;
  region: string | null;
  timeZone: string;
}

export interface ReportingPeriod {
  from: LocalDate;
  to: LocalDate;
  days: number;
}

export interface MetricSettings {
  serviceLevelAbandons: 'IGNORE' | 'ALL' | 'AFTER_SHORT';
  shortAbandonSeconds: number;
  fcrMethod: 'AGENT' | 'CUSTOMER' | 'REPEAT_CONTACT';
  csatMethod: 'TOP2' | 'MEAN';
  minSample: number;
  passMarkPct: number;
  scoreCapPct: number;
}

export interface SparklinePoint {
  start: string;
  value: number | null;
  n: number;
}

export interface SummaryTile extends MetricCell {
  variant: string;
  sparkline: SparklinePoint[];
}

export interface MetricSummary {
  period: ReportingPeriod;
  previousPeriod: ReportingPeriod | null;
  compareTo: ComparePeriod | null;
  sparklineGranularity: Granularity;
  settings: MetricSettings;
  tiles: SummaryTile[];
}

export interface DimensionValue {
  dimension: Dimension;
  id: string | null;
  label: string;
}

export interface MetricRow {
  dimensions: DimensionValue[];
  bucket: { start: string; label: string } | null;
  cells: MetricCell[];
}

export interface MetricsResult {
  measures: MetricId[];
  period: ReportingPeriod;
  previousPeriod: ReportingPeriod | null;
  variants: { metric: MetricId; description: string }[];
  settings: MetricSettings;
  rows: MetricRow[];
}

export interface SiteRankingEntry {
  rank: number | null;
  siteId: string;
  site: SiteRef;
  value: number | null;
  n: number;
  ciLow: number | null;
  ciHigh: number | null;
  lowSample: boolean;
  differenceFromOrganization: number | null;
  pValue: number | null;
  adjustedPValue: number | null;
  significant: boolean;
  coverage: number | null;
  missingChannels: Channel[];
}

export interface SiteRanking {
  measure: MetricId;
  variant: string;
  mixAdjusted: boolean;
  test: string;
  organization: { value: number | null; n: number; ciLow: number | null; ciHigh: number | null; lowSample: boolean };
  channelWeights: { channel: Channel; share: number }[] | null;
  sites: SiteRankingEntry[];
}

export type VopUnit = 'SITE' | 'SITE_CHANNEL' | 'CHANNEL' | 'PROGRAM';
export type Quadrant = 'ALIGNED_STRONG' | 'ALIGNED_WEAK' | 'BLIND_SPOT' | 'HIDDEN_STRENGTH' | 'INSUFFICIENT_DATA';

export interface CorrelationStat {
  r: number;
  pValue: number;
  n: number;
}

export interface VopUnitResult {
  key: string;
  label: string;
  siteId: string | null;
  channel: Channel | null;
  programId: string | null;
  vop: MetricCell;
  voc: MetricCell;
  vopPercentile: number | null;
  vocPercentile: number | null;
  gap: number | null;
  quadrant: Quadrant;
}

export interface LagCorrelation {
  lag: number;
  r: number | null;
  pValue: number | null;
  n: number;
}

export interface VopTimeSeries {
  unitKey: string;
  label: string;
  points: { bucket: string; vop: MetricCell; voc: MetricCell }[];
  lagCorrelations: LagCorrelation[];
}

export interface VopVsVocResult {
  vop: MetricId;
  voc: MetricId;
  unit: VopUnit;
  units: VopUnitResult[];
  vopMedian: number | null;
  vocMedian: number | null;
  pearson: CorrelationStat | null;
  spearman: CorrelationStat | null;
  classified: number;
  minVopSample: number;
  minVocSample: number;
  timeSeries: VopTimeSeries | null;
}

export interface Driver {
  candidate: MetricId;
  n: number;
  r: number | null;
  rPValue: number | null;
  standardizedBeta: number;
  betaCiLow: number;
  betaCiHigh: number;
  betaPValue: number | null;
  importance: number;
  rank: number;
}

export interface DriverObservation {
  unitKey: string;
  label: string;
  bucket: string;
  target: number | null;
  values: { candidate: MetricId; value: number | null }[];
}

export interface ItemSeparation {
  section: string;
  item: string;
  highMean: number | null;
  lowMean: number | null;
  difference: number | null;
  highN: number;
  lowN: number;
  pValue: number | null;
  adjustedPValue: number | null;
}

export interface DriverResult {
  target: MetricId;
  n: number;
  rSquared: number | null;
  drivers: Driver[];
  excluded: { candidate: MetricId; n: number; reason: string }[];
  observations: DriverObservation[];
  itemSeparation: ItemSeparation[];
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** Filter of the record lists: instants, not site-local days. */
export interface ListFilterInput {
  from?: string;
  to?: string;
  siteIds?: string[];
  channels?: Channel[];
  programIds?: string[];
}

export interface SurveyResponse {
  id: string;
  respondedAt: string;
  channel: Channel;
  site: { id: string; code: string; name: string; timeZone: string };
  programId: string;
  csat: number | null;
  nps: number | null;
  ces: number | null;
  resolved: boolean | null;
  comment: string | null;
  language: string | null;
  topic: string | null;
  agent: string | null;
}

export interface ProcessEvaluation {
  id: string;
  evaluatedAt: string;
  kind: 'MYSTERY_SHOP' | 'QA';
  channel: Channel;
  site: { id: string; code: string; name: string; timeZone: string };
  scorePct: number;
  passed: boolean | null;
  criticalFailed: boolean;
  form: string | null;
  scenario: string | null;
  agency: string | null;
  comment: string | null;
}

export interface KpiInterval {
  id: string;
  intervalStart: string;
  intervalMinutes: number;
  channel: Channel;
  site: { id: string; code: string; name: string; timeZone: string };
  offered: number;
  answered: number;
  abandoned: number;
  answeredWithinSl: number;
  slThresholdS: number;
  waitAnsweredS: number;
  handled: number;
}

export type ImportKind = 'SURVEYS' | 'EVALUATIONS' | 'KPIS' | 'CONTACTS';
export type ImportStatus = 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'REJECTED' | 'FAILED';

export interface ImportJob {
  id: string;
  kind: ImportKind;
  mode: 'STRICT' | 'PARTIAL';
  dryRun: boolean;
  status: ImportStatus;
  fileName: string | null;
  sizeBytes: number | null;
  rowsRead: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsSkipped: number;
  rowsRejected: number;
  errorSummary: string | null;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  rejectionsCsvUrl: string;
}

export interface Program {
  id: string;
  code: string;
  name: string;
}

/** Account roles; the server enforces what each may do, the dashboard only hides what would be refused. */
export type Role = 'ADMIN' | 'DIRECTOR' | 'SITE_MANAGER' | 'ANALYST';
export const ROLES: readonly Role[] = ['ADMIN', 'DIRECTOR', 'SITE_MANAGER', 'ANALYST'];

/** The signed-in user as /api/auth/login, /refresh and /me describe them (`organization` is its slug). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organization: string;
  siteIds: string[];
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  siteIds: string[];
  createdAt: string;
  lastLoginAt: string | null;
}

export type TokenScope = 'READ' | 'READ_WRITE';

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scope: TokenScope;
  ownerEmail: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  /** Email of the acting user. */
  actor: string | null;
  /** Set when the user acted through an API token. */
  actorTokenId: string | null;
  action: string;
  target: string | null;
  /** A JSON object, as text. */
  details: string;
  ip: string | null;
}
