import type { SiteRef } from '../../api/types';
import { peerGroup } from './peers';

const site = (id: string, country: string, region: string | null): SiteRef => ({
  id,
  code: id,
  name: id,
  city: id,
  country,
  region,
  timeZone: 'UTC',
});

describe('peerGroup', () => {
  const sites = [site('LIS', 'PT', 'EMEA'), site('OPO', 'pt', 'EMEA'), site('KRK', 'PL', 'EMEA'), site('MNL', 'PH', 'APAC'), site('YVR', 'CA', null)];

  it('prefers the sites of the same country', () => {
    expect(peerGroup(sites[0], sites)).toEqual({ basis: 'country', peers: [sites[1]] });
  });

  it('falls back to the region, then to the whole organization', () => {
    expect(peerGroup(sites[2], sites)).toEqual({ basis: 'region', peers: [sites[0], sites[1]] });
    expect(peerGroup(sites[4], sites).basis).toBe('organization');
    expect(peerGroup(sites[3], sites).peers).toHaveLength(4);
  });
});
