import type { Granularity, PeriodShift, ResolvedMetricSource } from '@cxlens/shared';
import { assertNever } from '../../common/assert-never';
import { FACT_TABLES, Fact } from '../../rollups/fact-tables';
import { SqlParams } from './sql-params';

/**
 * The site-local wall-clock time of a row, as a timestamp without time zone: the rollup's
 * local date at midnight, or the raw row's instant converted to its site's IANA zone.
 */
export function localTimeSql(fact: Fact, source: ResolvedMetricSource): string {
  return source === 'ROLLUP' ? 'd.local_date::timestamp' : `(f.${FACT_TABLES[fact].time} AT TIME ZONE s.time_zone)`;
}

/** `interval` text for a period shift; built from integers only. */
export function shiftInterval(shift: PeriodShift): string {
  return `${Math.trunc(shift.years)} years ${Math.trunc(shift.days)} days`;
}

/**
 * The bucket a row falls in, as text: 'YYYY-MM-DD' for the first local day of its day, ISO week
 * (Monday), month or quarter; 'YYYY-MM-DDTHH:00' for a local hour. A comparison period's rows
 * are shifted first, so they land on the current period's buckets.
 */
export function bucketSql(granularity: Exclude<Granularity, 'NONE'>, localTime: string, shift: PeriodShift | null, params: SqlParams): string {
  const time = shift ? `(${localTime} + ${params.bind(shiftInterval(shift), 'interval')})` : localTime;
  switch (granularity) {
    case 'HOUR':
      return `to_char(date_trunc('hour', ${time}), 'YYYY-MM-DD"T"HH24:00')`;
    case 'DAY':
      return `to_char(${time}, 'YYYY-MM-DD')`;
    case 'WEEK':
      return `to_char(date_trunc('week', ${time}), 'YYYY-MM-DD')`;
    case 'MONTH':
      return `to_char(date_trunc('month', ${time}), 'YYYY-MM-DD')`;
    case 'QUARTER':
      return `to_char(date_trunc('quarter', ${time}), 'YYYY-MM-DD')`;
    default:
      return assertNever(granularity);
  }
}
