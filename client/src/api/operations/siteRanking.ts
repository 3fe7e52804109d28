import { SITE_RANKING_QUERY, type MetricId } from '@cxlens/shared';
import type { MetricFilterInput, SiteRanking } from '../types';
import { useQuery } from '../useQuery';

export { SITE_RANKING_QUERY };

export interface SiteRankingVariables {
  filter: MetricFilterInput;
  measure: MetricId;
  mixAdjusted: boolean;
  [key: string]: unknown;
}

export function useSiteRanking(variables: SiteRankingVariables) {
  return useQuery<{ siteRanking: SiteRanking }>(SITE_RANKING_QUERY, variables);
}
