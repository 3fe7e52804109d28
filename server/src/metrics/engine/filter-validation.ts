import { CHANNELS, Channel, daysInclusive, isLocalDate } from '@cxlens/shared';
import { userInputError } from '../../common/user-input-error';
import { SliceFilter } from '../queries/slice-spec';

/** The metrics filter as the API receives it. */
export interface MetricFilterValues {
  from: string;
  to: string;
  fromTime?: Date | null;
  toTime?: Date | null;
  siteIds?: string[] | null;
  countries?: string[] | null;
  regions?: string[] | null;
  channels?: Channel[] | null;
  programIds?: string[] | null;
  agentTeams?: string[] | null;
  topics?: string[] | null;
}

/** Ten years of days: a guard against typos like 0226-03-01, not a product limit. */
export const MAX_PERIOD_DAYS = 3660;
export const MAX_HOUR_PERIOD_DAYS = 93;
const MAX_LIST = 500;

function list(values: string[] | null | undefined, field: string, valid: (v: string) => boolean, rule: string): string[] | undefined {
  if (!values?.length) return undefined;
  if (values.length > MAX_LIST) throw userInputError(`filter.${field} lists ${values.length} values; at most ${MAX_LIST}`, field);
  const bad = values.find((v) => !valid(v));
  if (bad !== undefined) throw userInputError(`filter.${field} contains "${bad.slice(0, 60)}", which is not ${rule}`, field);
  return [...new Set(values)];
}

const isId = (v: string) => /^\d{1,18}$/.test(v);
const isCountry = (v: string) => /^[A-Z]{2}$/.test(v);
const isLabel = (v: string) => v.length >= 1 && v.length <= 200;

/** Validated, de-duplicated filter lists (values only: they are bound, never spliced into SQL). */
export function sliceFilterOf(filter: MetricFilterValues): SliceFilter {
  return {
    siteIds: list(filter.siteIds, 'siteIds', isId, 'a site id'),
    countries: list(filter.countries, 'countries', isCountry, 'an ISO 3166-1 alpha-2 code like PH'),
    regions: list(filter.regions, 'regions', isLabel, 'a region name (1-200 characters)'),
    channels: list(filter.channels, 'channels', (v) => (CHANNELS as readonly string[]).includes(v), 'a channel'),
    programIds: list(filter.programIds, 'programIds', isId, 'a program id'),
    agentTeams: list(filter.agentTeams, 'agentTeams', isLabel, 'a team name (1-200 characters)'),
    topics: list(filter.topics, 'topics', isLabel, 'a topic (1-200 characters)'),
  };
}

/** Checks the period: real dates in order, a sane length, and a time window that overlaps it. */
export function checkPeriod(filter: MetricFilterValues, hourly: boolean): void {
  for (const field of ['from', 'to'] as const) {
    if (!isLocalDate(filter[field])) throw userInputError(`filter.${field} must be an ISO date like 2026-03-01, got "${filter[field]}"`, field);
  }
  const days = daysInclusive(filter.from, filter.to);
  if (days < 1) throw userInputError(`filter.from (${filter.from}) must not be after filter.to (${filter.to})`, 'from');
  const limit = hourly ? MAX_HOUR_PERIOD_DAYS : MAX_PERIOD_DAYS;
  if (days > limit) {
    throw userInputError(`the period spans ${days} days; at most ${limit}${hourly ? ' with HOUR granularity' : ''}`, 'from');
  }
  const { fromTime, toTime } = filter;
  for (const [field, value] of [['fromTime', fromTime], ['toTime', toTime]] as const) {
    if (value && Number.isNaN(value.getTime())) throw userInputError(`filter.${field} is not a valid date-time`, field);
  }
  if (fromTime && toTime && fromTime >= toTime) throw userInputError('filter.fromTime must be before filter.toTime', 'fromTime');
}
