import { DEFAULT_METRIC_SETTINGS, resolveMetricSettings } from '@cxlens/shared';
import { MetricsRequest, planMetrics } from './metrics-plan';

const settings = resolveMetricSettings();
const base: MetricsRequest = {
  filter: { from: '2026-03-01', to: '2026-03-31' },
  measures: ['CSAT'],
  groupBy: [],
  granularity: 'NONE',
  compareTo: null,
  source: 'AUTO',
};
const plan = (change: Partial<MetricsRequest> = {}) => planMetrics('1', { ...base, ...change }, settings);

describe('planMetrics', () => {
  it('reads the daily rollups when every bucket is whole local days', () => {
    for (const granularity of ['NONE', 'DAY', 'WEEK', 'MONTH', 'QUARTER'] as const) {
      expect(plan({ granularity, groupBy: ['SITE', 'CHANNEL'] })).toMatchObject({ source: 'ROLLUP' });
    }
  });

  it.each([
    [{ granularity: 'HOUR' }, /HOUR buckets need raw rows/],
    [{ filter: { ...base.filter, fromTime: new Date('2026-03-01T06:00:00Z') } }, /partial-day range/],
    [{ groupBy: ['AGENT_TEAM'] }, /grouping by AGENT_TEAM needs raw rows/],
    [{ filter: { ...base.filter, topics: ['Billing'] } }, /filtering by topics needs raw rows/],
  ] as [Partial<MetricsRequest>, RegExp][])('reads raw rows for %p', (change, reason) => {
    const result = plan(change);
    expect(result.source).toBe('RAW');
    expect(result.sourceReason).toMatch(reason);
    expect(() => plan({ ...change, source: 'ROLLUP' })).toThrow(/source ROLLUP cannot answer this query/);
  });

  it('groups the parts to sum by fact, under the settings in force', () => {
    const result = plan({ measures: ['CSAT', 'SERVICE_LEVEL', 'QA_SCORE'] });
    expect(Object.fromEntries(result.partsByFact)).toEqual({
      survey: ['csat_n', 'csat_top2'],
      evaluation: ['qa_n', 'qa_score_sum', 'qa_score_sumsq'],
      kpi: ['answered', 'abandoned', 'abandoned_short', 'answered_within_sl'], // PARTS_BY_FACT order
    });
    const customerFcr = planMetrics('1', { ...base, measures: ['FCR'] }, resolveMetricSettings({ fcrMethod: 'CUSTOMER' }));
    expect([...customerFcr.partsByFact.keys()]).toEqual(['survey']);
  });

  it('plans the comparison period with the shift that lands it on the current buckets', () => {
    expect(plan({ compareTo: 'PREVIOUS_PERIOD' }).previous).toEqual({
      from: '2026-01-29',
      to: '2026-02-28',
      fromTime: null,
      toTime: null,
      shift: { days: 31, years: 0 },
    });
    const partial = plan({
      compareTo: 'SAME_PERIOD_LAST_YEAR',
      filter: { from: '2026-03-08', to: '2026-03-08', toTime: new Date('2026-03-08T12:00:00Z') },
    });
    expect(partial.previous).toMatchObject({ from: '2025-03-08', to: '2025-03-08', toTime: new Date('2025-03-08T12:00:00Z') });
  });

  it.each([
    [{ measures: [] }, 'measures must name at least one metric'],
    [{ measures: ['CSAT', 'CSAT'] }, 'measures lists a value twice'],
    [{ groupBy: ['SITE', 'CHANNEL', 'PROGRAM', 'REGION'] }, 'groupBy takes at most 3 values, got 4'],
    [{ filter: { from: '2026-03-31', to: '2026-03-01' } }, 'filter.from (2026-03-31) must not be after filter.to (2026-03-01)'],
    [{ filter: { from: '2026-02-30', to: '2026-03-01' } }, 'filter.from must be an ISO date like 2026-03-01, got "2026-02-30"'],
    [{ granularity: 'HOUR', filter: { from: '2026-01-01', to: '2026-06-30' } }, 'the period spans 181 days; at most 93 with HOUR granularity'],
    [{ filter: { ...base.filter, countries: ['Philippines'] } }, 'filter.countries contains "Philippines", which is not an ISO 3166-1 alpha-2 code like PH'],
    [{ filter: { ...base.filter, siteIds: ['1 OR 1=1'] } }, 'filter.siteIds contains "1 OR 1=1", which is not a site id'],
    [
      { measures: ['CSAT', 'SERVICE_LEVEL'], groupBy: ['TOPIC'] },
      'TOPIC is recorded on survey responses only, so it cannot group or filter SERVICE_LEVEL (kpi)',
    ],
    [
      { measures: ['QA_SCORE'], filter: { ...base.filter, agentTeams: ['Tigers'] } },
      'AGENT_TEAM is recorded on survey responses only, so it cannot group or filter QA_SCORE (evaluation)',
    ],
  ] as [Partial<MetricsRequest>, string][])('rejects %p', (change, message) => {
    expect(() => plan(change)).toThrow(message);
  });

  it('keeps the settings it was planned with', () => {
    expect(plan().settings).toEqual(DEFAULT_METRIC_SETTINGS);
  });
});
