import type { MetricId } from '@cxlens/shared';
import type { MetricRow } from '../api/types';
import { metricsData, referenceData, siteRankingData, summaryData } from './dashboardFixtures';
import type { OperationHandler } from './graphqlMock';
import { cell, driversFixture, vopVsVocFixture } from './vopFixtures';

const VALUES: Partial<Record<MetricId, number>> = { CSAT: 76, NPS: 10, CES: 5.5, SERVICE_LEVEL: 80, ASA: 118, AHT: 477, ABANDON_RATE: 2.9, FCR: 75, RESPONSES: 900, OFFERED: 20000, DSAT: 11, RESOLVED: 74 };

/** Rows for any metrics request: one per site / channel asked for, values varied per group. */
function metricsAnswer(variables: Record<string, unknown>) {
  const measures = variables.measures as MetricId[];
  const groupBy = (variables.groupBy as string[]) ?? [];
  const groups: MetricRow['dimensions'][] = [[]];
  const sites = referenceData().sites;
  const expand = (dimension: string, values: { id: string; label: string }[]) =>
    groups.splice(0, groups.length, ...groups.flatMap((dims) => values.map((v) => [...dims, { dimension: dimension as MetricRow['dimensions'][number]['dimension'], ...v }])));
  for (const dimension of groupBy) {
    if (dimension === 'SITE') expand('SITE', sites.map((s) => ({ id: s.id, label: s.name })));
    if (dimension === 'CHANNEL') expand('CHANNEL', [{ id: 'VOICE', label: 'Voice' }, { id: 'CHAT', label: 'Chat' }]);
  }
  const rows: MetricRow[] = groups.map((dimensions, index) => ({
    dimensions,
    bucket: variables.granularity && variables.granularity !== 'NONE' ? { start: '2026-11-02', label: '2026-W45' } : null,
    cells: measures.map((metric) => cell(metric, (VALUES[metric] ?? 50) + index * 3, 500, variables.compareTo ? { delta: index - 1, pValue: 0.3, significant: false } : {})),
  }));
  return metricsData(rows, measures);
}

const page = <T,>(nodes: T[]) => ({ edges: nodes.map((node, i) => ({ cursor: String(i), node })), pageInfo: { hasNextPage: false, endCursor: null } });

/** An answer for every operation the dashboard sends, from the fixtures. */
export function dashboardHandlers(overrides: Record<string, OperationHandler> = {}): Record<string, OperationHandler> {
  return {
    Reference: referenceData(),
    Summary: (variables: Record<string, unknown>) => summaryData(variables.compareTo as 'PREVIOUS_PERIOD' | null),
    Metrics: metricsAnswer,
    SiteRanking: siteRankingData(),
    VopVsVoc: (variables: Record<string, unknown>) => ({ vopVsVoc: vopVsVocFixture(Boolean(variables.focusUnit)) }),
    Drivers: { drivers: driversFixture() },
    Responses: {
      responses: page([
        { id: '1', respondedAt: '2026-11-10T03:00:00Z', channel: 'CHAT', site: { id: '4', code: 'MNL', name: 'Manila Ortigas', timeZone: 'Asia/Manila' }, programId: '1', csat: 1, nps: 2, ces: 2, resolved: false, comment: 'Nobody listened to me', language: 'en', topic: 'Billing', agent: null },
        { id: '2', respondedAt: '2026-11-10T15:00:00Z', channel: 'VOICE', site: { id: '6', code: 'BOG', name: 'Bogotá Chapinero', timeZone: 'America/Bogota' }, programId: '1', csat: 5, nps: 10, ces: 7, resolved: true, comment: '=HYPERLINK("x")', language: 'es', topic: null, agent: null },
      ]),
    },
    Evaluations: { evaluations: page([]) },
    KpiIntervals: { kpiIntervals: page([]) },
    ImportJobs: { importJobs: page([]) },
    ...overrides,
  };
}
