import { RESPONSES_QUERY, type Channel } from '@cxlens/shared';
import type { Connection, KpiInterval, ListFilterInput, ProcessEvaluation, SurveyResponse } from '../types';
import { useQuery, type QueryOptions } from '../useQuery';

export { RESPONSES_QUERY };

const SITE = 'site { id code name timeZone }';

export interface ResponseFilterInput extends ListFilterInput {
  search?: string;
  withCommentOnly?: boolean;
  csatMax?: number;
  npsMax?: number;
}

export interface PageVariables<F> {
  filter: F;
  first: number;
  after: string | null;
  [key: string]: unknown;
}

export function useResponses(variables: PageVariables<ResponseFilterInput>, options?: QueryOptions) {
  return useQuery<{ responses: Connection<SurveyResponse> }>(RESPONSES_QUERY, variables, options);
}

export const EVALUATIONS_QUERY = /* GraphQL */ `
  query Evaluations($filter: EvaluationFilter, $first: Int!, $after: String) {
    evaluations(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node { id evaluatedAt kind channel ${SITE} scorePct passed criticalFailed form scenario agency comment }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export interface EvaluationFilterInput extends ListFilterInput {
  kind?: 'MYSTERY_SHOP' | 'QA';
  criticalFailedOnly?: boolean;
}

export function useEvaluations(variables: PageVariables<EvaluationFilterInput>, options?: QueryOptions) {
  return useQuery<{ evaluations: Connection<ProcessEvaluation> }>(EVALUATIONS_QUERY, variables, options);
}

export const KPI_INTERVALS_QUERY = /* GraphQL */ `
  query KpiIntervals($filter: ListFilter, $first: Int!, $after: String) {
    kpiIntervals(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id intervalStart intervalMinutes channel ${SITE}
          offered answered abandoned answeredWithinSl slThresholdS waitAnsweredS handled
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export function useKpiIntervals(variables: PageVariables<ListFilterInput>, options?: QueryOptions) {
  return useQuery<{ kpiIntervals: Connection<KpiInterval> }>(KPI_INTERVALS_QUERY, variables, options);
}

export type { Channel };
