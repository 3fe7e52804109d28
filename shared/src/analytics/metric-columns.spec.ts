import fc from 'fast-check';
import { metricColumnsToRows, metricRowsToColumns, type MetricRowData } from './metric-columns';

const row = (site: string, channel: string, week: string | null, csat: [number | null, number], nps: [number | null, number], previous?: number): MetricRowData => ({
  dimensions: [{ dimension: 'SITE', id: site, label: `Site ${site}` }, { dimension: 'CHANNEL', id: channel, label: channel }],
  bucket: week ? { start: week, label: `W ${week}` } : null,
  cells: [
    { metric: 'CSAT', value: csat[0], n: csat[1], ciLow: csat[0] === null ? null : csat[0] - 5, ciHigh: csat[0] === null ? null : csat[0] + 5, standardError: null, lowSample: csat[1] < 30,
      previousValue: previous ?? null, previousN: previous === undefined ? null : 40, delta: previous === undefined || csat[0] === null ? null : csat[0] - previous, pValue: null, adjustedPValue: null, significant: null },
    { metric: 'NPS', value: nps[0], n: nps[1], ciLow: null, ciHigh: null, standardError: null, lowSample: nps[1] < 30,
      previousValue: null, previousN: null, delta: null, pValue: null, adjustedPValue: null, significant: null },
  ],
});

const SHAPE = { measures: ['CSAT', 'NPS'] as const, groupBy: ['SITE', 'CHANNEL'] as const, timed: true };

describe('metric columns', () => {
  const rows = [
    row('1', 'VOICE', '2026-01-05', [80, 50], [20, 45], 75),
    row('1', 'CHAT', '2026-01-05', [null, 0], [10, 12]),
    row('2', 'VOICE', '2026-01-12', [90, 31], [null, 0]),
  ];

  it('sends each dimension value and bucket once, referenced by index per row', () => {
    const c = metricRowsToColumns(rows, SHAPE);
    expect(c.rowCount).toBe(3);
    expect(c.dimensions[0]).toEqual({ dimension: 'SITE', values: [rows[0].dimensions[0], rows[2].dimensions[0]], index: [0, 0, 1] });
    expect(c.dimensions[1].index).toEqual([0, 1, 0]);
    expect(c.buckets).toEqual([{ start: '2026-01-05', label: 'W 2026-01-05' }, { start: '2026-01-12', label: 'W 2026-01-12' }]);
    expect(c.bucketIndex).toEqual([0, 0, 1]);
    expect(c.cells[0]).toMatchObject({ metric: 'CSAT', value: [80, null, 90], n: [50, 0, 31], lowSample: [false, true, false], ciLow: [75, null, 85] });
  });

  it('makes a column that is null in every row null as a whole', () => {
    const c = metricRowsToColumns(rows, SHAPE);
    expect(c.cells[0].previousValue).toEqual([75, null, null]);
    expect(c.cells[0].pValue).toBeNull();
    expect(c.cells[1].previousValue).toBeNull();
    expect(c.cells[1].ciLow).toBeNull();
  });

  it('has no buckets without time buckets, and empty columns for no rows', () => {
    expect(metricRowsToColumns([row('1', 'VOICE', null, [1, 1], [1, 1])], { ...SHAPE, timed: false })).toMatchObject({ buckets: null, bucketIndex: null });
    expect(metricRowsToColumns([], { measures: ['CSAT'], groupBy: ['SITE'], timed: true })).toEqual({
      rowCount: 0, dimensions: [{ dimension: 'SITE', values: [], index: [] }], buckets: [], bucketIndex: [],
      cells: [{ metric: 'CSAT', value: [], n: [], lowSample: [], ciLow: null, ciHigh: null, standardError: null, previousValue: null, previousN: null, delta: null, pValue: null, adjustedPValue: null, significant: null }],
    });
  });

  it('rebuilds exactly the rows it was made from', () => {
    const value = fc.option(fc.integer({ min: -100, max: 100 }), { nil: null });
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.constantFrom('1', '2', '3'), fc.constantFrom('VOICE', 'CHAT'), fc.option(fc.constantFrom('2026-01-05', '2026-01-12'), { nil: null }),
        value, fc.nat(100), value, fc.nat(100), fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined })), { maxLength: 30 }),
      (specs) => {
        // All rows of one answer are bucketed or none are.
        const timed = specs[0]?.[2] !== null;
        const built = specs.map(([s, ch, w, cv, cn, nv, nn, prev]) => row(s, ch, timed ? (w ?? '2026-01-05') : null, [cv, cn], [nv, nn], prev));
        expect(metricColumnsToRows(metricRowsToColumns(built, { ...SHAPE, timed }))).toEqual(built);
      },
    ));
  });

  it('reads columns a client did not ask for as null', () => {
    const c = metricRowsToColumns(rows, SHAPE);
    const { ciLow: _l, ciHigh: _h, ...fewer } = c.cells[0];
    const [first] = metricColumnsToRows({ ...c, cells: [fewer as typeof c.cells[0], c.cells[1]] });
    expect(first.cells[0]).toMatchObject({ value: 80, n: 50, ciLow: null, ciHigh: null, previousValue: 75 });
  });
});
