import fc from 'fast-check';
import { Parts, addParts, resolveMetricSettings, sumParts } from '@cxlens/shared';
import { partsWithout, sumChannelParts } from './mix-adjustment';
import { rankSites } from './site-ranking';

const settings = resolveMetricSettings();
const csat = (n: number, top2: number): Parts => ({ csat_n: n, csat_top2: top2 });
const sites = (entries: Record<string, Record<string, Parts>>) =>
  new Map(Object.entries(entries).map(([site, channels]) => [site, new Map(Object.entries(channels))]));

// Voice 80% and chat 60% everywhere; only the mix differs.
const SAME_RATES_DIFFERENT_MIX = sites({
  voicey: { VOICE: csat(100, 80), CHAT: csat(20, 12) },
  balanced: { VOICE: csat(50, 40), CHAT: csat(50, 30) },
  chatty: { VOICE: csat(20, 16), CHAT: csat(100, 60) },
});

describe('rankSites', () => {
  it('ranks crude values in the good direction and tests each site against the rest', () => {
    const ranking = rankSites('CSAT', settings, SAME_RATES_DIFFERENT_MIX, false);
    expect(ranking.organization.value).toBeCloseTo(70, 12); // 238 / 340
    expect(ranking.sites.map((s) => [s.siteId, s.rank])).toEqual([['voicey', 1], ['balanced', 2], ['chatty', 3]]);
    // 92/120 vs 146/220 and 76/120 vs 162/220: |z| = 1.98115, p = 0.047574 each; BH over 3: × 3/2
    expect(ranking.sites[0].pValue).toBeCloseTo(0.04757421109150154, 12);
    expect(ranking.sites[0].adjustedPValue).toBeCloseTo(1.5 * 0.04757421109150154, 12);
    expect(ranking.sites.map((s) => s.significant)).toEqual([false, false, false]);
    expect(ranking.channelWeights).toBeNull();
  });

  it('ranks equal after direct standardisation to the organisation mix', () => {
    const ranking = rankSites('CSAT', settings, SAME_RATES_DIFFERENT_MIX, true);
    expect(ranking.channelWeights).toEqual([
      { channel: 'CHAT', n: 170, share: 0.5 },
      { channel: 'VOICE', n: 170, share: 0.5 },
    ]);
    expect(ranking.sites.map((s) => [s.rank, s.value, s.coverage])).toEqual([
      [1, 70, 1],
      [1, 70, 1],
      [1, 70, 1],
    ]);
    // 95% interval of the standardised value: SE² = 0.5² (80·20/100) + 0.5² (60·40/20) for voicey
    const se = Math.sqrt(0.25 * ((80 * 20) / 100) + 0.25 * ((60 * 40) / 20));
    const voicey = ranking.sites.find((s) => s.siteId === 'voicey')!;
    expect(voicey.ciLow).toBeCloseTo(70 - 1.959963984540054 * se, 9);
  });

  it('ranks lower-is-better metrics ascending and leaves sites without a value unranked', () => {
    const dsat = sites({ a: { VOICE: { csat_n: 10, csat_bottom2: 1 } }, b: { VOICE: { csat_n: 10, csat_bottom2: 3 } }, c: { VOICE: { csat_n: 0 } } });
    expect(rankSites('DSAT', settings, dsat, false).sites.map((s) => [s.siteId, s.rank])).toEqual([['a', 1], ['b', 2], ['c', null]]);
  });

  it('refuses to mix-adjust a count', () => {
    expect(() => rankSites('RESPONSES', settings, sites({ a: { VOICE: { responses: 3 } } }), true)).toThrow(/RESPONSES is a count/);
  });
});

describe('rankSites with a site missing a channel', () => {
  it('tests it against the rest on the channels it has', () => {
    // voice only, at the rest's voice rate: equal on like-for-like channels, though the rest's full mix scores lower
    const ranking = rankSites(
      'CSAT',
      settings,
      sites({ voiceOnly: { VOICE: csat(50, 40) }, others: { VOICE: csat(100, 80), CHAT: csat(100, 60) } }),
      true,
    );
    const voiceOnly = ranking.sites.find((s) => s.siteId === 'voiceOnly')!;
    expect(voiceOnly).toMatchObject({ value: 80, missingChannels: ['CHAT'] });
    expect(voiceOnly.coverage).toBeCloseTo(150 / 250, 12);
    expect(voiceOnly.pValue).toBeCloseTo(1, 12);
  });
});

describe('rankSites ties', () => {
  it('share a rank and list in numeric id order', () => {
    const same = { VOICE: csat(10, 8) };
    const ranking = rankSites('CSAT', settings, sites({ '10': same, '9': same, '100': { VOICE: csat(10, 9) }, '2': same }), false);
    expect(ranking.sites.map((s) => [s.siteId, s.rank])).toEqual([['100', 1], ['2', 2], ['9', 2], ['10', 2]]);
  });

  it('leaves unvalued sites unranked, last, in numeric id order', () => {
    const ranking = rankSites('CSAT', settings, sites({ '11': { VOICE: csat(0, 0) }, '3': { VOICE: csat(0, 0) }, '5': { VOICE: csat(4, 1) } }), true);
    expect(ranking.sites.map((s) => [s.siteId, s.rank, s.pValue, s.adjustedPValue, s.significant])).toEqual([
      ['5', 1, null, null, false],
      ['3', null, null, null, false],
      ['11', null, null, null, false],
    ]);
  });
});

describe('channel sums', () => {
  const partsArb = fc.record({ csat_n: fc.nat(1000), csat_top2: fc.nat(1000), ces_sum: fc.double({ min: 0, max: 1e4, noNaN: true }) }, { requiredKeys: [] });
  const unitArb = fc.dictionary(fc.constantFrom('VOICE', 'CHAT', 'EMAIL'), partsArb);

  it('sum as addParts does, to the last bit, without changing their inputs', () => {
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 8 }), (units) => {
        const maps = units.map((u) => new Map(Object.entries(u) as [string, Parts][]));
        const before = JSON.stringify(units);
        const total = sumChannelParts(maps);
        for (const channel of ['VOICE', 'CHAT', 'EMAIL']) {
          const all = maps.filter((m) => m.has(channel)).map((m) => m.get(channel)!);
          if (all.length === 0) expect(total.has(channel)).toBe(false);
          else expect(total.get(channel)).toEqual(addParts(...all));
        }
        expect(sumParts(total.values())).toEqual(addParts(...total.values()));
        expect(JSON.stringify(units)).toBe(before);
      }),
    );
  });

  it('take a unit out of a total part by part', () => {
    expect(partsWithout({ csat_n: 10, csat_top2: 7 }, { csat_n: 4 })).toEqual({ csat_n: 6, csat_top2: 7 });
    const total = { csat_n: 3 };
    expect(partsWithout(total, undefined)).toBe(total);
  });
});
