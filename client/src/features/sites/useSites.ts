import { useQuery } from '../../api/useQuery';

export const SITES_QUERY = /* GraphQL */ `
  query Sites {
    sites { id code name city country region timeZone active }
    organization { id name slug }
  }
`;

// Hand-written from the server schema (server/src/sites/site.entity.ts) until operation types are generated.
export interface Site {
  id: string;
  code: string;
  name: string;
  city: string;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  region: string | null;
  /** IANA time zone name: a site's days, weeks and months are local to it. */
  timeZone: string;
  active: boolean;
}

export interface Organization {
  id: string;
  name: string;
  slug: string;
}

export interface SitesQuery {
  sites: Site[];
  organization: Organization;
}

export function useSites() {
  return useQuery<SitesQuery>(SITES_QUERY);
}
