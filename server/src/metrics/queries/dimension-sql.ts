import type { Dimension, ResolvedMetricSource } from '@cxlens/shared';
import type { Fact } from '../../rollups/fact-tables';

interface DimensionSql {
  /** The grouping expression; `x` is the fact or rollup alias, `s` the joined site. Ids, channels and text come back as strings. */
  expression: (x: string) => string;
  /** Facts whose rows carry the dimension (team and topic exist on survey responses only). */
  facts: readonly Fact[];
  /** Part of the rollup key (or an attribute of the site), so daily rollups can group by it. */
  inRollup: boolean;
}

const ALL_FACTS: readonly Fact[] = ['survey', 'evaluation', 'kpi'];

const DIMENSION_SQL: Record<Dimension, DimensionSql> = {
  SITE: { expression: (x) => `${x}.site_id`, facts: ALL_FACTS, inRollup: true },
  COUNTRY: { expression: () => 's.country::text', facts: ALL_FACTS, inRollup: true },
  // A city is named within its country: two Springfields stay apart.
  CITY: { expression: () => `s.country::text || ':' || s.city`, facts: ALL_FACTS, inRollup: true },
  REGION: { expression: () => 's.region', facts: ALL_FACTS, inRollup: true },
  CHANNEL: { expression: (x) => `${x}.channel`, facts: ALL_FACTS, inRollup: true },
  PROGRAM: { expression: (x) => `${x}.program_id`, facts: ALL_FACTS, inRollup: true },
  AGENT_TEAM: { expression: (x) => `${x}.team`, facts: ['survey'], inRollup: false },
  TOPIC: { expression: (x) => `${x}.topic`, facts: ['survey'], inRollup: false },
};

/** The result column holding a dimension's value, e.g. dim_agent_team. */
export function dimensionColumn(dimension: Dimension): string {
  return `dim_${dimension.toLowerCase()}`;
}

export function dimensionSql(dimension: Dimension, factAlias: string): string {
  return DIMENSION_SQL[dimension].expression(factAlias);
}

export function dimensionAppliesTo(dimension: Dimension, fact: Fact): boolean {
  return DIMENSION_SQL[dimension].facts.includes(fact);
}

/** Read from the joined site row (country, city, region), not from the fact or rollup row. */
export function dimensionNeedsSite(dimension: Dimension): boolean {
  return dimension === 'COUNTRY' || dimension === 'CITY' || dimension === 'REGION';
}

export function dimensionInRollup(dimension: Dimension): boolean {
  return DIMENSION_SQL[dimension].inRollup;
}

/** The alias of the table a slice query reads: `d` for a daily rollup, `f` for raw fact rows. */
export function factAlias(source: ResolvedMetricSource): 'd' | 'f' {
  return source === 'ROLLUP' ? 'd' : 'f';
}
