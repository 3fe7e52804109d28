import type { Part, ResolvedMetricSource } from '@cxlens/shared';
import { FACT_TABLES, Fact } from '../../rollups/fact-tables';

/**
 * The select list summing the parts: over rollup columns, or with the very aggregate expressions
 * the rollups were built from (FACT_TABLES), so both sources give the same sums. float8 keeps
 * integers exact up to 2^53 and turns numeric score sums into plain numbers.
 */
export function partSumsSql(fact: Fact, source: ResolvedMetricSource, parts: readonly Part[]): string[] {
  const expressions = FACT_TABLES[fact].parts;
  return parts.map((part) => {
    const raw = expressions[part];
    if (raw === undefined) throw new Error(`part ${part} is not a part of the ${fact} fact`);
    const sum = source === 'ROLLUP' ? `coalesce(sum(d.${part}), 0)` : raw;
    return `${sum}::float8 AS ${part}`;
  });
}
