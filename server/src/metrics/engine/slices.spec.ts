import { SliceTable, resultSlices } from './slices';

describe('SliceTable', () => {
  it('joins the rows of two facts into one slice per group and bucket, however their rows interleave', () => {
    const table = new SliceTable(['SITE']);
    const surveys = table.factRows(['csat_n']);
    const kpis = table.factRows(['answered']);
    surveys({ dim_site: '1', bucket: '2026-03-02', csat_n: 4 });
    kpis({ dim_site: '2', bucket: '2026-03-02', answered: 7 });
    surveys({ dim_site: '2', bucket: '2026-03-02', csat_n: 5 });
    kpis({ dim_site: '1', bucket: '2026-03-02', answered: 3 });
    expect(table.size).toBe(2);
    const site = (id: string) => table.readParts(table.find([id], '2026-03-02'), {});
    expect(site('1')).toEqual({ csat_n: 4, answered: 3 });
    expect(site('2')).toEqual({ csat_n: 5, answered: 7 });
    expect(table.find(['3'], '2026-03-02')).toBe(-1);
    expect(table.find(['1'], '2026-03-09')).toBe(-1);
  });

  it('tells a group without an id (null) from one whose id is the text "null"', () => {
    const table = new SliceTable(['AGENT_TEAM']);
    table.addFactRows(['csat_n'], [{ dim_agent_team: null, csat_n: 1 }, { dim_agent_team: 'null', csat_n: 2 }]);
    expect(table.size).toBe(2);
    expect(table.readParts(table.find([null], null), {})).toEqual({ csat_n: 1 });
    expect(table.readParts(table.find(['null'], null), {})).toEqual({ csat_n: 2 });
  });

  it("reads a calendar bucket sent as its first day's number (days since 1970-01-01) as that day's date", () => {
    const table = new SliceTable(['CHANNEL']);
    const monday = Date.UTC(2026, 2, 2) / 86_400_000; // 2026-03-02
    table.addFactRows(['csat_n'], [{ dim_channel: 'CHAT', bucket: monday, csat_n: 2 }, { dim_channel: 'VOICE', bucket: monday + 7, csat_n: 3 }]);
    expect(table.bucketOf(table.find(['CHAT'], '2026-03-02'))).toBe('2026-03-02');
    expect(table.readParts(table.find(['VOICE'], '2026-03-09'), {})).toEqual({ csat_n: 3 });
    // Filling the period's weeks matches the buckets the rows brought, by their date.
    const filled = resultSlices(table, 'WEEK', '2026-03-02', '2026-03-15', true);
    expect(filled.positions).toHaveLength(4);
    expect([...filled.positions].filter((p) => filled.table.hasRows(p)).map((p) => [filled.table.idOf(p, 0), filled.table.bucketOf(p)])).toEqual([
      ['CHAT', '2026-03-02'],
      ['VOICE', '2026-03-09'],
    ]);
  });

  it('grows past its first capacity without losing a row', () => {
    const table = new SliceTable(['SITE']);
    const add = table.factRows(['responses']);
    for (let i = 0; i < 1000; i++) add({ dim_site: String(i % 100), bucket: `2026-03-${String(1 + Math.floor(i / 100)).padStart(2, '0')}`, responses: i });
    expect(table.size).toBe(1000);
    expect(table.readParts(table.find(['42'], '2026-03-08'), {})).toEqual({ responses: 742 });
    const more = table.factRows(['csat_n']);
    more({ dim_site: '42', bucket: '2026-03-08', csat_n: 9 });
    expect(table.size).toBe(1000);
    expect(table.readParts(table.find(['42'], '2026-03-08'), {})).toEqual({ responses: 742, csat_n: 9 });
  });

  it('fills a grid in a copy: the loaded table keeps its slices', () => {
    const table = new SliceTable(['CHANNEL']);
    table.addFactRows(['csat_n'], [{ dim_channel: 'CHAT', bucket: '2026-03-09', csat_n: 2 }]);
    const filled = resultSlices(table, 'WEEK', '2026-03-02', '2026-03-15', true);
    expect(filled.positions).toHaveLength(2);
    expect(filled.table).not.toBe(table);
    expect([...filled.positions].map((p) => [filled.table.bucketOf(p), filled.table.hasRows(p)])).toEqual([['2026-03-02', false], ['2026-03-09', true]]);
    expect(table.size).toBe(1);
    expect(resultSlices(table, 'WEEK', '2026-03-02', '2026-03-15', false).positions).toHaveLength(1);
  });
});
