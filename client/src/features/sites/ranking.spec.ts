import type { SiteRanking, SiteRankingEntry } from '../../api/types';
import { rankingTone, toRankingBars } from './ranking';

const entry = (overrides: Partial<SiteRankingEntry>): SiteRankingEntry => ({
  rank: 1,
  siteId: '1',
  site: { id: '1', code: 'A', name: 'Alpha', city: 'A', country: 'PT', region: null, timeZone: 'Europe/Lisbon' },
  value: 80,
  n: 500,
  ciLow: 76,
  ciHigh: 83,
  lowSample: false,
  differenceFromOrganization: 5,
  pValue: 0.001,
  adjustedPValue: 0.004,
  significant: true,
  coverage: null,
  missingChannels: [],
  ...overrides,
});

const ranking = (measure: SiteRanking['measure'], sites: SiteRankingEntry[]): SiteRanking => ({
  measure,
  variant: '',
  mixAdjusted: false,
  test: 'TWO_PROPORTION_Z',
  organization: { value: 75, n: 2000, ciLow: 74, ciHigh: 76, lowSample: false },
  channelWeights: null,
  sites,
});

describe('toRankingBars', () => {
  it('orders by rank, puts sites without a value last, and turns the interval into error distances', () => {
    const bars = toRankingBars(
      ranking('CSAT', [
        entry({ siteId: '2', rank: 2, value: 70, ciLow: 65, ciHigh: 74, differenceFromOrganization: -5, site: { ...entry({}).site, name: 'Beta' } }),
        entry({ siteId: '3', rank: null, value: null, ciLow: null, ciHigh: null, significant: false, site: { ...entry({}).site, name: 'Gamma' } }),
        entry({ siteId: '1' }),
      ]),
    );
    expect(bars.map((b) => b.siteId)).toEqual(['1', '2', '3']);
    expect(bars[0]).toMatchObject({ error: [4, 3], tone: 'better', direction: 'above' });
    expect(bars[1]).toMatchObject({ error: [5, 4], tone: 'worse', direction: 'below' });
    expect(bars[2]).toMatchObject({ error: null, tone: 'neutral', direction: 'none' });
  });
});

describe('rankingTone', () => {
  it('reads the direction of the metric: a lower handle time is better', () => {
    expect(rankingTone({ significant: true, differenceFromOrganization: -30 }, 'AHT')).toBe('better');
    expect(rankingTone({ significant: true, differenceFromOrganization: 30 }, 'AHT')).toBe('worse');
  });

  it('stays neutral when not significant or when the metric has no direction', () => {
    expect(rankingTone({ significant: false, differenceFromOrganization: 10 }, 'CSAT')).toBe('neutral');
    expect(rankingTone({ significant: true, differenceFromOrganization: 10 }, 'OFFERED')).toBe('neutral');
  });
});
