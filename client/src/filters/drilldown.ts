import { METRICS, type Channel, type MetricId } from '@cxlens/shared';
import { paths } from '../app/paths';
import { writeFilters, type DashboardFilters } from './filterParams';

export const RECORD_KINDS = ['surveys', 'evaluations', 'kpis'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** What a clicked number stands for: a metric, narrowed to a site, channel, program or days. */
export interface DrillTarget {
  metric?: MetricId;
  kind?: RecordKind;
  siteId?: string | null;
  channel?: Channel | null;
  programId?: string | null;
  /** Site-local days of a time bucket; clipped to the filtered period. */
  from?: string;
  to?: string;
}

/** The records behind a metric: survey responses, evaluations or KPI intervals. */
export function recordKindOf(metric: MetricId): RecordKind {
  switch (METRICS[metric].fact) {
    case 'survey':
      return 'surveys';
    case 'evaluation':
      return 'evaluations';
    default:
      return 'kpis';
  }
}

/** Record-list parameters that show the rows a metric counts as bad (or its kind of evaluation). */
function metricParams(metric: MetricId): Record<string, string> {
  switch (metric) {
    case 'DSAT':
      return { score: 'dsat' };
    case 'DETRACTORS':
      return { score: 'detractors' };
    case 'CRITICAL_FAIL':
      return { critical: '1' };
    case 'MYSTERY_SCORE':
    case 'MYSTERY_PASS':
      return { evalKind: 'MYSTERY_SHOP' };
    case 'QA_SCORE':
    case 'QA_PASS':
      return { evalKind: 'QA' };
    default:
      return {};
  }
}

/** The Responses page (or its evaluations / KPI tab) with the current filters narrowed to the target. */
export function drillDownHref(filters: DashboardFilters, target: DrillTarget, lang?: string | null): string {
  const narrowed: DashboardFilters = { ...filters };
  if (target.siteId) narrowed.siteIds = [target.siteId];
  if (target.channel) narrowed.channels = [target.channel];
  if (target.programId) narrowed.programIds = [target.programId];
  if (target.from || target.to) {
    const from = target.from && target.from > filters.from ? target.from : filters.from;
    const to = target.to && target.to < filters.to ? target.to : filters.to;
    Object.assign(narrowed, { range: 'custom', from, to });
  }
  const params = writeFilters(new URLSearchParams(), narrowed);
  const kind = target.kind ?? (target.metric ? recordKindOf(target.metric) : 'surveys');
  if (kind !== 'surveys') params.set('kind', kind);
  if (target.metric) for (const [name, value] of Object.entries(metricParams(target.metric))) params.set(name, value);
  if (lang) params.set('lang', lang);
  return `${paths.responses}?${params.toString()}`;
}
