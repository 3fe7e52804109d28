import type { Program, SiteRef } from '../types';
import { useQuery } from '../useQuery';
import { SITE_REF_FIELDS } from './fragments';

/** What the filter bar and most views need to name things: sites, programs and the organization. */
export const REFERENCE_QUERY = /* GraphQL */ `
  query Reference {
    sites { ${SITE_REF_FIELDS} active }
    programs { id code name }
    organization { id name slug }
  }
`;

export interface Organization {
  id: string;
  name: string;
  slug: string;
}

export interface ReferenceData {
  sites: (SiteRef & { active: boolean })[];
  programs: Program[];
  organization: Organization;
}

export function useReferenceData() {
  return useQuery<ReferenceData>(REFERENCE_QUERY);
}
