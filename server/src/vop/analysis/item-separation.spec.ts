import { ItemScore, separateItems } from './item-separation';

describe('separateItems', () => {
  it('finds the item that high-CSAT sites do and low-CSAT sites do not', () => {
    const siteVoc = new Map([['A', 90], ['B', 85], ['C', 60], ['D', 55]]);
    const scores: ItemScore[] = [];
    for (const site of ['A', 'B', 'C', 'D']) {
      const good = site === 'A' || site === 'B';
      for (let e = 0; e < 10; e++) {
        scores.push({ siteKey: site, section: 'Resolution', item: 'Confirmed the fix', attainment: good ? (e < 9 ? 1 : 0) : e < 3 ? 1 : 0 });
        scores.push({ siteKey: site, section: 'Greeting', item: 'Used the script', attainment: e % 2 });
      }
    }
    const [top, second] = separateItems(scores, siteVoc);
    // High sites: 18 of 20 confirmed (0.9); low: 6 of 20 (0.3).
    expect(top).toMatchObject({ section: 'Resolution', item: 'Confirmed the fix', highN: 20, lowN: 20 });
    expect(top.highMean).toBeCloseTo(0.9, 12);
    expect(top.lowMean).toBeCloseTo(0.3, 12);
    expect(top.difference).toBeCloseTo(0.6, 12);
    expect(top.pValue!).toBeLessThan(0.001);
    expect(second).toMatchObject({ item: 'Used the script', difference: 0 });
    expect(second.pValue).toBeCloseTo(1, 12);
  });
});
