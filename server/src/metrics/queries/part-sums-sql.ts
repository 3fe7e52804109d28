import type { Part, ResolvedMetricSource } from '@cxlens/shared';
import { FACT_TABLES, Fact, isNumericPart } from '../../rollups/fact-tables';

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
    const sum = source === 'ROLLUP' ? rollupSum(`d.${part}`, part) : raw;
    return `${sum}::float8 AS ${part}`;
  });
}

/**
 * The sum of a rollup column. Integer parts are summed as float8, which is exact below 2^53 and
 * much cheaper than bigint's numeric-width sum; numeric parts (score sums with decimals) as
 * numeric, so they round once, as the raw rows' sum does.
 */
export function rollupSum(column: string, part: string): string {
  return isNumericPart(part) ? `coalesce(sum(${column}), 0)` : `coalesce(sum(${column}::float8), 0)`;
}
