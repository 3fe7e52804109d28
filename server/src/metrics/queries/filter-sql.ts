import type { ResolvedMetricSource } from '@cxlens/shared';
import { FACT_TABLES, Fact, localDateSql } from '../../rollups/fact-tables';
import { factAlias } from './dimension-sql';
import { SliceFilter, SliceWindow } from './slice-spec';
import { SqlParams } from './sql-params';

/** The filter reads attributes of the joined site (country, region). */
export function siteFilterUsed(filter: SliceFilter): boolean {
  return Boolean(filter.countries?.length || filter.regions?.length);
}

/**
 * The WHERE conditions of a slice query: the tenant first, then the period in site-local dates,
 * then the filter lists. Every value is a bind parameter.
 */
export function whereConditions(
  fact: Fact,
  source: ResolvedMetricSource,
  orgId: string,
  window: SliceWindow,
  filter: SliceFilter,
  params: SqlParams,
): string[] {
  const x = factAlias(source);
  const conditions = [`${x}.org_id = ${params.bind(orgId, 'bigint')}`];
  const from = params.bind(window.from, 'date');
  const to = params.bind(window.to, 'date');
  if (source === 'ROLLUP') {
    conditions.push(`d.local_date BETWEEN ${from} AND ${to}`);
  } else {
    const time = `f.${FACT_TABLES[fact].time}`;
    // A local day lies within [D-1, D+2) UTC for every offset from -12 to +14: a coarse UTC
    // range the (org_id, time) indexes can use, then the exact site-local date test.
    conditions.push(`${time} >= ((${from} - 1)::timestamp AT TIME ZONE 'UTC')`);
    conditions.push(`${time} < ((${to} + 2)::timestamp AT TIME ZONE 'UTC')`);
    conditions.push(`${localDateSql(fact)} BETWEEN ${from} AND ${to}`);
    if (window.fromTime) conditions.push(`${time} >= ${params.bind(window.fromTime, 'timestamptz')}`);
    if (window.toTime) conditions.push(`${time} < ${params.bind(window.toTime, 'timestamptz')}`);
  }
  const anyOf = (column: string, values: readonly string[] | undefined, cast: 'bigint[]' | 'text[]' | 'channel[]') => {
    if (values?.length) conditions.push(`${column} = ANY(${params.bind(values, cast)})`);
  };
  anyOf(`${x}.site_id`, filter.siteIds, 'bigint[]');
  anyOf('s.country::text', filter.countries, 'text[]');
  anyOf('s.region', filter.regions, 'text[]');
  anyOf(`${x}.channel`, filter.channels, 'channel[]');
  anyOf(`${x}.program_id`, filter.programIds, 'bigint[]');
  // Team and topic exist on survey rows only; the planner rejects them for other facts.
  anyOf('f.team', filter.agentTeams, 'text[]');
  anyOf('f.topic', filter.topics, 'text[]');
  return conditions;
}
