import { createLoaders, LoaderSource } from './create-loaders';
import { dimensionLabel, labelDimensions } from './dimension-labels';

function countingSource() {
  const calls: string[][] = [];
  const source: LoaderSource = {
    sitesByIds: async (_org, ids) => {
      calls.push([...ids]);
      return ids.filter((id) => id !== '404').map((id) => ({ id, name: `Site ${id}` }) as never);
    },
    programsByIds: async () => [],
  };
  return { source, calls };
}

describe('request loaders', () => {
  it('fetch the sites asked for in one tick with one query, each id once, in key order', async () => {
    const { source, calls } = countingSource();
    const { site } = createLoaders(source, '1');
    const names = await Promise.all(['3', '1', '3', '404', '2'].map(async (id) => (await site.load(id))?.name ?? null));
    expect(names).toEqual(['Site 3', 'Site 1', 'Site 3', null, 'Site 2']);
    expect(calls).toEqual([['3', '1', '404', '2']]);
    await site.load('1'); // cached for the rest of the request
    expect(calls).toHaveLength(1);
  });
});

describe('dimensionLabel', () => {
  const lookups = { siteName: async (id: string) => (id === '7' ? 'Manila Center' : null), programName: async () => 'Acme Telco' };

  it.each([
    ['SITE', '7', 'Manila Center'],
    ['SITE', '8', 'Site 8'],
    ['PROGRAM', '2', 'Acme Telco'],
    ['CHANNEL', 'SELF_SERVICE', 'Self-service'],
    ['COUNTRY', 'PH', 'Philippines'],
    ['CITY', 'PH:Manila', 'Manila'],
    ['REGION', null, 'No region'],
    ['AGENT_TEAM', 'Tigers', 'Tigers'],
    ['TOPIC', null, 'No topic'],
  ] as const)('%s %p is labelled %p', async (dimension, id, label) => {
    expect(await dimensionLabel(dimension, id, lookups)).toBe(label);
  });
});

describe('labelDimensions', () => {
  it('labels every value of a result, reading each kind of name once for all its ids', async () => {
    const calls: string[][] = [];
    const names = {
      sites: async (ids: string[]) => (calls.push(ids), new Map([['7', 'Manila Center']])),
      programs: async (ids: string[]) => (calls.push(ids), new Map<string, string>()),
    };
    const values = [
      { dimension: 'SITE', id: '7' },
      { dimension: 'CHANNEL', id: 'CHAT' },
      { dimension: 'SITE', id: '7' },
      { dimension: 'SITE', id: '8' },
      { dimension: 'REGION', id: null },
    ] as const;
    const labelled = values.map((v) => ({ ...v }) as { dimension: (typeof v)['dimension']; id: string | null; label?: string });
    await labelDimensions(labelled, names);
    expect(labelled.map((v) => v.label)).toEqual(['Manila Center', 'Chat', 'Manila Center', 'Site 8', 'No region']);
    expect(calls).toEqual([['7', '8']]); // no program in the result: no program query
  });
});
