import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, extendSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { CREATE_USER_MUTATION, UPDATE_USER_MUTATION, USERS_QUERY } from './operations/accounts';
import { API_TOKENS_QUERY, CREATE_API_TOKEN_MUTATION, REVOKE_API_TOKEN_MUTATION } from './operations/apiTokens';
import { AUDIT_LOG_QUERY } from './operations/auditLog';
import { DRIVERS_QUERY } from './operations/drivers';
import { IMPORT_JOBS_QUERY } from './operations/importJobs';
import { METRICS_QUERY } from './operations/metrics';
import { EVALUATIONS_QUERY, KPI_INTERVALS_QUERY, RESPONSES_QUERY } from './operations/records';
import { REFERENCE_QUERY } from './operations/reference';
import { SITE_RANKING_QUERY } from './operations/siteRanking';
import { SUMMARY_QUERY } from './operations/summary';
import { VOP_VS_VOC_QUERY } from './operations/vopVsVoc';

// The VOP vs VOC and drivers API as agreed with the server side (issue 5); used only while the
// generated schema does not have it yet, so the dashboard's documents are checked either way.
const AGREED_VOP_SDL = /* GraphQL */ `
  enum VopUnit { SITE SITE_CHANNEL CHANNEL PROGRAM }
  enum Quadrant { ALIGNED_STRONG ALIGNED_WEAK BLIND_SPOT HIDDEN_STRENGTH INSUFFICIENT_DATA }
  type CorrelationStat { r: Float! pValue: Float! n: Int! }
  type VopUnitResult { key: String! label: String! siteId: ID channel: Channel programId: ID vop: MetricCell! voc: MetricCell! vopPercentile: Float vocPercentile: Float gap: Float quadrant: Quadrant! }
  type VopTimePoint { bucket: String! vop: MetricCell! voc: MetricCell! }
  type LagCorrelation { lag: Int! r: Float pValue: Float n: Int! }
  type VopTimeSeries { unitKey: String! label: String! points: [VopTimePoint!]! lagCorrelations: [LagCorrelation!]! }
  type VopVsVocResult { vop: MetricId! voc: MetricId! unit: VopUnit! units: [VopUnitResult!]! vopMedian: Float vocMedian: Float pearson: CorrelationStat spearman: CorrelationStat classified: Int! minVopSample: Int! minVocSample: Int! timeSeries: VopTimeSeries }
  type Driver { candidate: MetricId! n: Int! r: Float rPValue: Float standardizedBeta: Float! betaCiLow: Float! betaCiHigh: Float! betaPValue: Float importance: Float! rank: Int! }
  type ExcludedDriver { candidate: MetricId! n: Int! reason: String! }
  type DriverValue { candidate: MetricId! value: Float }
  type DriverObservation { unitKey: String! label: String! bucket: String! target: Float values: [DriverValue!]! }
  type ItemSeparation { section: String! item: String! highMean: Float lowMean: Float difference: Float highN: Int! lowN: Int! pValue: Float adjustedPValue: Float }
  type DriverResult { target: MetricId! n: Int! rSquared: Float drivers: [Driver!]! excluded: [ExcludedDriver!]! observations: [DriverObservation!]! itemSeparation: [ItemSeparation!]! }
  extend type Query {
    vopVsVoc(filter: MetricFilter!, unit: VopUnit! = SITE, vop: MetricId! = MYSTERY_SCORE, voc: MetricId! = CSAT, granularity: Granularity = WEEK, focusUnit: String): VopVsVocResult!
    drivers(filter: MetricFilter!, target: MetricId! = CSAT, candidates: [MetricId!], unit: VopUnit = SITE, granularity: Granularity = WEEK): DriverResult!
  }
`;

function dashboardSchema(): GraphQLSchema {
  const sdl = readFileSync(join(__dirname, '../../../server/schema.gql'), 'utf8');
  const schema = buildSchema(sdl);
  return schema.getQueryType()?.getFields().vopVsVoc ? schema : extendSchema(schema, parse(AGREED_VOP_SDL));
}

describe('GraphQL operations of the dashboard', () => {
  const schema = dashboardSchema();
  it.each([
    ['Summary', SUMMARY_QUERY],
    ['Metrics', METRICS_QUERY],
    ['SiteRanking', SITE_RANKING_QUERY],
    ['VopVsVoc', VOP_VS_VOC_QUERY],
    ['Drivers', DRIVERS_QUERY],
    ['Responses', RESPONSES_QUERY],
    ['Evaluations', EVALUATIONS_QUERY],
    ['KpiIntervals', KPI_INTERVALS_QUERY],
    ['Reference', REFERENCE_QUERY],
    ['ImportJobs', IMPORT_JOBS_QUERY],
    ['Users', USERS_QUERY],
    ['CreateUser', CREATE_USER_MUTATION],
    ['UpdateUser', UPDATE_USER_MUTATION],
    ['ApiTokens', API_TOKENS_QUERY],
    ['CreateApiToken', CREATE_API_TOKEN_MUTATION],
    ['RevokeApiToken', REVOKE_API_TOKEN_MUTATION],
    ['AuditLog', AUDIT_LOG_QUERY],
  ])('%s is valid against server/schema.gql', (_name, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });
});
