import { metricRowsToColumns, type MetricId } from '@cxlens/shared';
import type { MetricRow, MetricSettings, MetricSummary, SiteRanking, SummaryTile } from '../api/types';
import type { ReferenceData } from '../api/operations/reference';
import { cell } from './vopFixtures';

export const SETTINGS: MetricSettings = {
  serviceLevelAbandons: 'AFTER_SHORT',
  shortAbandonSeconds: 5,
  fcrMethod: 'AGENT',
  csatMethod: 'TOP2',
  minSample: 30,
  passMarkPct: 80,
  scoreCapPct: 100,
};

export function referenceData(): ReferenceData {
  return {
    sites: [
      { id: '4', code: 'MNL', name: 'Manila Ortigas', city: 'Manila', country: 'PH', region: 'APAC', timeZone: 'Asia/Manila', active: true },
      { id: '6', code: 'BOG', name: 'Bogotá Chapinero', city: 'Bogotá', country: 'CO', region: 'LATAM', timeZone: 'America/Bogota', active: true },
      { id: '2', code: 'KRK', name: 'Kraków Zabłocie', city: 'Kraków', country: 'PL', region: 'EMEA', timeZone: 'Europe/Warsaw', active: true },
    ],
    programs: [
      { id: '1', code: 'TELCO', name: 'Telco – Consumer care' },
      { id: '2', code: 'BANK', name: 'Retail banking' },
    ],
    organization: { id: '1', name: 'Northwind Contact Services', slug: 'demo' },
  };
}

const tile = (metric: MetricId, value: number, n: number, extra: Partial<SummaryTile> = {}): SummaryTile => ({
  ...cell(metric, value, n),
  previousValue: value - 1,
  delta: 1,
  pValue: 0.4,
  significant: false,
  variant: `${metric} variant sentence.`,
  sparkline: [
    { start: '2026-11-01', value: value - 1, n: 10 },
    { start: '2026-11-02', value, n: 10 },
  ],
  ...extra,
});

export function summaryData(compareTo: MetricSummary['compareTo'] = 'PREVIOUS_PERIOD'): { summary: MetricSummary } {
  return {
    summary: {
      period: { from: '2026-10-29', to: '2026-11-27', days: 30 },
      previousPeriod: { from: '2026-09-29', to: '2026-10-28', days: 30 },
      compareTo,
      sparklineGranularity: 'DAY',
      settings: SETTINGS,
      tiles: [
        tile('CSAT', 76.04, 12753, { delta: -2.1, pValue: 0.001, significant: true, previousValue: 78.14 }),
        tile('DSAT', 11.3, 12753),
        tile('NPS', 10, 7960),
        tile('CES', 5.51, 6401),
        tile('RESOLVED', 74.5, 9567),
        tile('SERVICE_LEVEL', 79.6, 582168, { variant: 'Service level = answered within threshold ÷ (answered + abandoned), excluding abandons under 5 s.' }),
        tile('ASA', 118, 565236, { ciLow: null, ciHigh: null }),
        tile('AHT', 477, 565236, { ciLow: null, ciHigh: null, delta: -6, pValue: null, significant: false }),
        tile('ABANDON_RATE', 2.9, 584017),
        tile('FCR', 75.1, 12, { lowSample: true }),
      ],
    },
  };
}

/**
 * A metrics answer shaped like the server's: one row per group (and bucket), cells in measures
 * order, sent by column as the server sends them (the same conversion as the server's).
 */
export function metricsData(rows: MetricRow[], measures: MetricId[]) {
  const groupBy = rows[0]?.dimensions.map((d) => d.dimension) ?? [];
  return {
    metrics: {
      measures,
      period: { from: '2026-10-29', to: '2026-11-27', days: 30 },
      previousPeriod: null,
      variants: [],
      settings: SETTINGS,
      columns: metricRowsToColumns(rows, { measures, groupBy, timed: rows.some((r) => r.bucket !== null) }),
    },
  };
}

export function siteRow(id: string, label: string, values: Partial<Record<MetricId, number>>, bucket: string | null = null): MetricRow {
  return {
    dimensions: [{ dimension: 'SITE', id, label }],
    bucket: bucket ? { start: bucket, label: bucket } : null,
    cells: (Object.entries(values) as [MetricId, number][]).map(([metric, value]) => cell(metric, value, 500)),
  };
}

export function siteRankingData(): { siteRanking: SiteRanking } {
  const { sites } = referenceData();
  const entry = (index: number, value: number, difference: number, significant: boolean) => ({
    rank: index + 1,
    siteId: sites[index].id,
    site: sites[index],
    value,
    n: 1500,
    ciLow: value - 2,
    ciHigh: value + 2,
    lowSample: false,
    differenceFromOrganization: difference,
    pValue: significant ? 0.001 : 0.5,
    adjustedPValue: significant ? 0.002 : 0.5,
    significant,
    coverage: null,
    missingChannels: [],
  });
  return {
    siteRanking: {
      measure: 'CSAT',
      variant: 'Headline CSAT = % of ratings 4–5 on the 1–5 scale (top-2 box).',
      mixAdjusted: false,
      test: 'TWO_PROPORTION_Z',
      organization: { value: 76, n: 4500, ciLow: 75, ciHigh: 77, lowSample: false },
      channelWeights: null,
      sites: [entry(2, 92, 16, true), entry(1, 87.9, 11.9, true), entry(0, 62.3, -13.7, true)].map((e, i) => ({ ...e, rank: i + 1 })),
    },
  };
}
