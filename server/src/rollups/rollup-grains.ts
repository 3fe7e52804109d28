import { FACT_TABLES, Fact } from './fact-tables';

/**
 * The rollup grains. Every row of every grain holds the same additive parts as the daily
 * rollup, summed over whole site-local days, so any set of rows covering each day once gives
 * the exact raw-row answer.
 * - DAY: per site, channel, program and site-local date (the daily rollup, built from raw rows);
 * - WEEK, MONTH: per site, channel, program and ISO week or calendar month of site-local dates,
 *   keyed by its first day (`local_date` = the Monday, the 1st);
 * - ORG_DAY: per channel, program and site-local date, over every site of the organisation;
 * - ORG_WEEK: per channel, program and ISO week of site-local dates (the Monday), over every site.
 */
export type RollupGrain = 'DAY' | 'WEEK' | 'MONTH' | 'ORG_DAY' | 'ORG_WEEK';

export interface GrainTable {
  table: string;
  /** Rows carry site_id (and row-level security scopes them by site). */
  perSite: boolean;
  /** The SQL unit of `date_trunc` for the first day of a row's period; null for days. */
  unit: 'week' | 'month' | null;
}

export function grainTable(fact: Fact, grain: RollupGrain): GrainTable {
  const daily = FACT_TABLES[fact].rollup;
  const base = daily.replace(/_daily$/, '');
  switch (grain) {
    case 'DAY':
      return { table: daily, perSite: true, unit: null };
    case 'WEEK':
      return { table: `${base}_weekly`, perSite: true, unit: 'week' };
    case 'MONTH':
      return { table: `${base}_monthly`, perSite: true, unit: 'month' };
    case 'ORG_DAY':
      return { table: `${base}_org_daily`, perSite: false, unit: null };
    case 'ORG_WEEK':
      return { table: `${base}_org_weekly`, perSite: false, unit: 'week' };
  }
}

/** The grains built from the daily rows (the daily rollup itself comes from raw rows), in build order: ORG_WEEK sums ORG_DAY rows. */
export const DERIVED_GRAINS: readonly Exclude<RollupGrain, 'DAY'>[] = ['WEEK', 'MONTH', 'ORG_DAY', 'ORG_WEEK'];
