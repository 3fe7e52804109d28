import type { SiteRef } from '../../api/types';

export interface PeerGroup {
  basis: 'country' | 'region' | 'organization';
  /** The peers, the site itself excluded. */
  peers: SiteRef[];
}

/** A site's peers: the other sites of its country, else of its region, else of the organization. */
export function peerGroup(site: SiteRef, sites: readonly SiteRef[]): PeerGroup {
  const others = sites.filter((s) => s.id !== site.id);
  const sameCountry = others.filter((s) => s.country.toUpperCase() === site.country.toUpperCase());
  if (sameCountry.length) return { basis: 'country', peers: sameCountry };
  const sameRegion = site.region ? others.filter((s) => s.region === site.region) : [];
  if (sameRegion.length) return { basis: 'region', peers: sameRegion };
  return { basis: 'organization', peers: others };
}
