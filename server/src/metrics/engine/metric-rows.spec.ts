import { resolveMetricSettings } from '@cxlens/shared';
import { buildMetricRows } from './metric-rows';
import { MetricsRequest, planMetrics } from './metrics-plan';
import { SliceTable } from './slices';

const settings = resolveMetricSettings();
const request = (change: Partial<MetricsRequest>): MetricsRequest => ({
  filter: { from: '2026-03-02', to: '2026-03-15' },
  measures: ['CSAT', 'ASA'],
  groupBy: [],
  granularity: 'NONE',
  compareTo: null,
  source: 'AUTO',
  ...change,
});
const options = { adjustPValues: false, orderBy: null };
const empty = (groupBy: SliceTable['groupBy'] = []) => new SliceTable(groupBy);

describe('buildMetricRows', () => {
  it('joins the rows of several facts by group and bucket', () => {
    const plan = planMetrics('1', request({ groupBy: ['SITE'] }), settings);
    const slices = empty(['SITE']);
    slices.addFactRows(['csat_n', 'csat_top2'], [{ dim_site: '2', csat_n: 4, csat_top2: 3 }]);
    slices.addFactRows(['wait_answered_s', 'answered'], [
      { dim_site: '2', wait_answered_s: 300, answered: 10 },
      { dim_site: '1', wait_answered_s: 100, answered: 4 },
    ]);
    const rows = buildMetricRows(plan, slices, null, options);
    expect(rows.map((r) => [r.dimensions[0].id, r.cells.map((c) => [c.value, c.n])])).toEqual([
      ['1', [[null, 0], [25, 4]]], // surveys none, ASA 100 / 4
      ['2', [[75, 4], [30, 10]]], // CSAT 3 / 4, ASA 300 / 10
    ]);
    expect(rows[0].cells[0].significant).toBeNull(); // not comparing
  });

  it('fills every ISO week of the period for every group seen on request, empty ones with n 0', () => {
    const slices = empty(['CHANNEL']);
    slices.addFactRows(['csat_n', 'csat_top2'], [{ dim_channel: 'CHAT', bucket: '2026-03-09', csat_n: 2, csat_top2: 1 }]);
    slices.addFactRows(['wait_answered_s', 'answered'], [{ dim_channel: 'VOICE', bucket: '2026-03-02', wait_answered_s: 40, answered: 2 }]);
    const shown = (rows: ReturnType<typeof buildMetricRows>) => rows.map((r) => [r.bucket?.label, r.dimensions[0].id, r.cells[0].n, r.cells[1].value]);
    const filled = planMetrics('1', request({ groupBy: ['CHANNEL'], granularity: 'WEEK', fillEmptyBuckets: true }), settings);
    expect(shown(buildMetricRows(filled, slices, null, options))).toEqual([
      ['2026-W10', 'CHAT', 0, null],
      ['2026-W10', 'VOICE', 0, 20],
      ['2026-W11', 'CHAT', 2, null],
      ['2026-W11', 'VOICE', 0, null],
    ]);
    // By default a grouped result holds the rows with data only.
    const sparse = planMetrics('1', request({ groupBy: ['CHANNEL'], granularity: 'WEEK' }), settings);
    expect(shown(buildMetricRows(sparse, slices, null, options))).toEqual([
      ['2026-W10', 'VOICE', 0, 20],
      ['2026-W11', 'CHAT', 2, null],
    ]);
  });

  it('fills every bucket of an ungrouped series, data or not', () => {
    const plan = planMetrics('1', request({ measures: ['CSAT'], granularity: 'WEEK' }), settings);
    const rows = buildMetricRows(plan, empty(), null, options);
    expect(rows.map((r) => [r.bucket?.start, r.cells[0].n])).toEqual([['2026-03-02', 0], ['2026-03-09', 0]]);
  });

  it('orders a large result by bucket, then ids in natural order', () => {
    const plan = planMetrics('1', request({ measures: ['CSAT'], groupBy: ['SITE', 'CHANNEL'], granularity: 'WEEK' }), settings);
    const facts = [];
    for (const bucket of ['2026-03-09', '2026-03-02']) for (const site of ['10', '9', '100']) for (const channel of ['VOICE', 'CHAT']) facts.push({ dim_site: site, dim_channel: channel, bucket, csat_n: 1, csat_top2: 1 });
    const slices = empty(['SITE', 'CHANNEL']);
    slices.addFactRows(['csat_n', 'csat_top2'], facts);
    const rows = buildMetricRows(plan, slices, null, options);
    expect(rows.slice(0, 6).map((r) => `${r.bucket!.start} ${r.dimensions[0].id} ${r.dimensions[1].id}`)).toEqual([
      '2026-03-02 9 CHAT', '2026-03-02 9 VOICE', '2026-03-02 10 CHAT', '2026-03-02 10 VOICE', '2026-03-02 100 CHAT', '2026-03-02 100 VOICE',
    ]);
    expect(rows[6].bucket!.start).toBe('2026-03-09');
    // Rows share their group values: one object per (dimension, id), labelled and sent once.
    const sites = new Set(rows.map((r) => r.dimensions[0]));
    expect([...sites].map((d) => d.id).sort()).toEqual(['10', '100', '9']);
  });

  it('orders rows with null ids after every value and ties on a measure in natural order', () => {
    const plan = planMetrics('1', request({ measures: ['CSAT'], groupBy: ['AGENT_TEAM'], granularity: 'WEEK' }), settings);
    const facts = [];
    for (const bucket of ['2026-03-09', '2026-03-02']) for (const team of [null, 'b', 'a10', 'a9']) facts.push({ dim_agent_team: team, bucket, csat_n: 2, csat_top2: 1 });
    const slices = empty(['AGENT_TEAM']);
    slices.addFactRows(['csat_n', 'csat_top2'], facts);
    const label = (r: { bucket: { start: string } | null; dimensions: { id: string | null }[] }) => `${r.bucket!.start} ${r.dimensions[0].id}`;
    expect(buildMetricRows(plan, slices, null, options).map(label)).toEqual([
      '2026-03-02 a9', '2026-03-02 a10', '2026-03-02 b', '2026-03-02 null', '2026-03-09 a9', '2026-03-09 a10', '2026-03-09 b', '2026-03-09 null',
    ]);
    // Every value equal (50 %): the natural order decides.
    const byValue = buildMetricRows(plan, slices, null, { ...options, orderBy: { measure: 'CSAT', descending: true } });
    expect(byValue.map(label)).toEqual(buildMetricRows(plan, slices, null, options).map(label));
  });

  it('always answers a period total, even with no data at all', () => {
    const rows = buildMetricRows(planMetrics('1', request({}), settings), empty(), null, options);
    expect(rows).toHaveLength(1);
    expect(rows[0].cells.map((c) => [c.value, c.n, c.lowSample])).toEqual([[null, 0, true], [null, 0, true]]);
  });

  it('compares each row with the same row of the previous period', () => {
    const plan = planMetrics('1', request({ measures: ['CSAT'], compareTo: 'PREVIOUS_PERIOD' }), settings);
    const current = empty();
    const previous = empty();
    current.addFactRows(['csat_n', 'csat_top2'], [{ csat_n: 60, csat_top2: 45 }]);
    previous.addFactRows(['csat_n', 'csat_top2'], [{ csat_n: 60, csat_top2: 30 }]);
    const [row] = buildMetricRows(plan, current, previous, options);
    // 75% vs 50%: z = 0.25 / sqrt(0.625 · 0.375 · 2/60) = 2√2, p = 0.0046777
    expect(row.cells[0]).toMatchObject({ value: 75, previousValue: 50, previousN: 60, delta: 25, significant: true });
    expect(row.cells[0].pValue).toBeCloseTo(0.004677735, 8);
  });

  it('orders by a measure on request, empty values last', () => {
    const plan = planMetrics('1', request({ groupBy: ['SITE'], measures: ['CSAT'] }), settings);
    const slices = empty(['SITE']);
    slices.addFactRows(['csat_n', 'csat_top2'], [
      { dim_site: '1', csat_n: 4, csat_top2: 1 },
      { dim_site: '2', csat_n: 0, csat_top2: 0 },
      { dim_site: '10', csat_n: 4, csat_top2: 3 },
    ]);
    const natural = buildMetricRows(plan, slices, null, options);
    expect(natural.map((r) => r.dimensions[0].id)).toEqual(['1', '2', '10']);
    const best = buildMetricRows(plan, slices, null, { ...options, orderBy: { measure: 'CSAT', descending: true } });
    expect(best.map((r) => r.dimensions[0].id)).toEqual(['10', '1', '2']);
  });
});
