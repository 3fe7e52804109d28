import type { MetricId } from '@cxlens/shared';
import type { MetricFilterInput, SiteRanking } from '../types';
import { useQuery } from '../useQuery';
import { SITE_REF_FIELDS } from './fragments';

export const SITE_RANKING_QUERY = /* GraphQL */ `
  query SiteRanking($filter: MetricFilter!, $measure: MetricId!, $mixAdjusted: Boolean!) {
    siteRanking(filter: $filter, measure: $measure, mixAdjusted: $mixAdjusted) {
      measure
      variant
      mixAdjusted
      test
      organization { value n ciLow ciHigh lowSample }
      channelWeights { channel share }
      sites {
        rank siteId site { ${SITE_REF_FIELDS} }
        value n ciLow ciHigh lowSample differenceFromOrganization
        pValue adjustedPValue significant coverage missingChannels
      }
    }
  }
`;

export interface SiteRankingVariables {
  filter: MetricFilterInput;
  measure: MetricId;
  mixAdjusted: boolean;
  [key: string]: unknown;
}

export function useSiteRanking(variables: SiteRankingVariables) {
  return useQuery<{ siteRanking: SiteRanking }>(SITE_RANKING_QUERY, variables);
}
