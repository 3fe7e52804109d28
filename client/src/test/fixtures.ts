import type { Site, SitesQuery } from '../features/sites/useSites';

/** Three sites; Paris observes daylight saving time, Kolkata and Shanghai do not. */
export const SITES: Site[] = [
  { id: '2', code: 'PAR-01', name: 'Paris Opéra', city: 'Paris', country: 'FR', region: 'EMEA', timeZone: 'Europe/Paris', active: true },
  { id: '1', code: 'BLR-01', name: 'Bengaluru Hub', city: 'Bengaluru', country: 'IN', region: 'APAC', timeZone: 'Asia/Kolkata', active: true },
  { id: '3', code: 'SHA-02', name: 'Shanghai Pudong', city: 'Shanghai', country: 'CN', region: null, timeZone: 'Asia/Shanghai', active: false },
];

export function sitesResponse(sites: Site[] = SITES): { data: SitesQuery } {
  return { data: { sites, organization: { id: '7', name: 'Acme Retail', slug: 'acme' } } };
}
