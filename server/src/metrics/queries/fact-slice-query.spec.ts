import * as fs from 'node:fs';
import * as path from 'node:path';
import { PARTS_BY_FACT } from '@cxlens/shared';
import { FACT_TABLES } from '../../rollups/fact-tables';
import { PeriodsQuery, buildFactSliceQuery, buildPeriodsQuery } from './fact-slice-query';
import { FactSliceSpec } from './slice-spec';

// Like immich's checked-in SQL: every query shape the metrics engine issues is written out to
// fact-slice-query.sql, so a reviewer reads the real SQL and a change to it shows in the diff.
// After an intended change: UPDATE_SQL=1 npx jest --selectProjects unit server/src/metrics/queries
const SQL_FILE = path.join(__dirname, 'fact-slice-query.sql');

const window = { from: '2026-03-01', to: '2026-03-31', fromTime: null, toTime: null, shift: null };

const EXAMPLES: Record<string, FactSliceSpec> = {
  'CSAT and NPS by site and ISO week, from the daily rollup, filtered': {
    fact: 'survey',
    source: 'ROLLUP',
    orgId: '1',
    parts: ['csat_n', 'csat_top2', 'nps_n', 'nps_promoters', 'nps_detractors'],
    groupBy: ['SITE'],
    granularity: 'WEEK',
    window,
    filter: { countries: ['PH', 'PT'], channels: ['VOICE', 'CHAT'], programIds: ['7'] },
    allSites: true,
  },
  'Service level per site-local hour, from raw intervals, over a partial day': {
    fact: 'kpi',
    source: 'RAW',
    orgId: '1',
    parts: ['answered_within_sl', 'answered', 'abandoned', 'abandoned_short'],
    groupBy: [],
    granularity: 'HOUR',
    window: { ...window, from: '2026-03-08', to: '2026-03-08', fromTime: new Date('2026-03-08T06:00:00Z'), toTime: new Date('2026-03-08T18:00:00Z') },
    filter: { siteIds: ['3'] },
    allSites: true,
  },
  'Resolved rate by agent team and topic, raw survey rows (team and topic are not in the rollup key)': {
    fact: 'survey',
    source: 'RAW',
    orgId: '1',
    parts: ['resolved_n', 'resolved_yes'],
    groupBy: ['AGENT_TEAM', 'TOPIC'],
    granularity: 'NONE',
    window,
    filter: { topics: ['Billing'] },
    allSites: true,
  },
  'QA score by region and month of the previous period, shifted onto the current months': {
    fact: 'evaluation',
    source: 'ROLLUP',
    orgId: '1',
    parts: ['qa_n', 'qa_score_sum', 'qa_score_sumsq'],
    groupBy: ['REGION', 'CITY'],
    granularity: 'MONTH',
    window: { from: '2026-01-29', to: '2026-02-28', fromTime: null, toTime: null, shift: { days: 31, years: 0 } },
    filter: { regions: ['APAC'] },
    allSites: true,
  },
  'CSAT and NPS by channel and ISO week over every site: the organisation-wide weeks, the days at the edges': {
    fact: 'survey',
    source: 'ROLLUP',
    orgId: '1',
    parts: ['csat_n', 'csat_top2', 'nps_n', 'nps_promoters', 'nps_detractors'],
    groupBy: ['CHANNEL'],
    granularity: 'WEEK',
    window: { ...window, from: '2024-03-01', to: '2026-02-28' },
    filter: { programIds: ['7'] },
    allSites: true,
  },
  'Responses by site and channel per ISO week over two years: whole weeks from the weekly rollup, the edges from the daily one': {
    fact: 'survey',
    source: 'ROLLUP',
    orgId: '1',
    parts: ['responses'],
    groupBy: ['SITE', 'CHANNEL'],
    granularity: 'WEEK',
    window: { ...window, from: '2024-03-01', to: '2026-02-28' },
    filter: {},
    allSites: true,
  },
  "A site manager's CSAT over a quarter: whole months, then whole weeks, then days": {
    fact: 'survey',
    source: 'ROLLUP',
    orgId: '1',
    parts: ['csat_n', 'csat_top2'],
    groupBy: [],
    granularity: 'NONE',
    window: { ...window, from: '2026-08-29', to: '2026-11-27' },
    filter: {},
    allSites: false,
  },
};

const summaryCurrent: FactSliceSpec = {
  fact: 'survey',
  source: 'ROLLUP',
  orgId: '1',
  parts: ['csat_n', 'csat_top2'],
  groupBy: [],
  granularity: 'WEEK',
  window: { ...window, from: '2026-08-30', to: '2026-11-27' },
  filter: {},
  allSites: true,
};

const PERIOD_EXAMPLES: Record<string, PeriodsQuery> = {
  "The Overview's CSAT tile: weekly sparkline with the quarter's total, and the previous quarter's total": {
    current: summaryCurrent,
    currentTotals: true,
    previous: { ...summaryCurrent, granularity: 'NONE', window: { ...window, from: '2026-06-01', to: '2026-08-29', shift: { days: 90, years: 0 } } },
  },
  'CSAT by channel and month, against the same months a year earlier (a site manager: per-site rollups)': {
    current: { ...summaryCurrent, groupBy: ['CHANNEL'], granularity: 'MONTH', window: { ...window, from: '2026-09-01', to: '2026-10-31' }, allSites: false },
    currentTotals: false,
    previous: {
      ...summaryCurrent,
      groupBy: ['CHANNEL'],
      granularity: 'MONTH',
      window: { ...window, from: '2025-09-01', to: '2025-10-31', shift: { days: 0, years: 1 } },
      allSites: false,
    },
  },
};

const section = (title: string, { sql, params }: { sql: string; params: unknown[] }) =>
  `-- ${title}\n-- ${params.map((p, i) => `$${i + 1} = ${JSON.stringify(p)}`).join(', ')}\n${sql};\n`;

function render(): string {
  const sections = [
    ...Object.entries(EXAMPLES).map(([title, spec]) => section(title, buildFactSliceQuery(spec))),
    ...Object.entries(PERIOD_EXAMPLES).map(([title, query]) => section(title, buildPeriodsQuery(query))),
  ];
  return `-- Generated by fact-slice-query.spec.ts: the SQL of the metrics engine. Do not edit.\n\n${sections.join('\n')}`;
}

describe('buildFactSliceQuery', () => {
  it('matches the checked-in SQL', () => {
    const sql = render();
    if (process.env.UPDATE_SQL) fs.writeFileSync(SQL_FILE, sql);
    expect(sql).toBe(fs.readFileSync(SQL_FILE, 'utf8'));
  });

  it('numbers placeholders in reading order and binds every value', () => {
    const { sql, params } = buildFactSliceQuery(EXAMPLES['CSAT and NPS by site and ISO week, from the daily rollup, filtered']);
    const numbers = [...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(params.length);
    expect(sql).not.toMatch(/'PH'|'VOICE'|2026/);
  });

  it('knows an SQL aggregate for every registry part of every fact', () => {
    for (const fact of ['survey', 'evaluation', 'kpi'] as const) {
      expect(Object.keys(FACT_TABLES[fact].parts).sort()).toEqual([...PARTS_BY_FACT[fact]].sort());
    }
  });

  it('reads the rollup with column sums and raw rows with the rollup-building aggregates', () => {
    const base = EXAMPLES['Resolved rate by agent team and topic, raw survey rows (team and topic are not in the rollup key)'];
    expect(buildFactSliceQuery(base).sql).toContain('count(*) FILTER (WHERE f.resolved)::float8 AS resolved_yes');
    const rollup = { ...base, source: 'ROLLUP', groupBy: ['CHANNEL'], filter: {}, allSites: false } as const;
    expect(buildFactSliceQuery({ ...rollup, granularity: 'DAY' }).sql).toContain('coalesce(sum(d.resolved_yes::float8), 0)::float8 AS resolved_yes');
    expect(buildFactSliceQuery({ ...rollup, granularity: 'DAY' }).sql).toContain('FROM survey_daily d');
    expect(buildFactSliceQuery(rollup).sql).toContain('FROM survey_monthly d'); // the whole of March
    expect(buildFactSliceQuery({ ...rollup, allSites: true }).sql).toContain('FROM survey_org_daily d');
  });
});
