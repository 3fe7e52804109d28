// Calendar arithmetic on site-local dates written as ISO strings ('2026-03-08'). A local date
// has no time zone of its own; computing on UTC midnights keeps every day exactly 24 h long.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01, or null when the string is not a real ISO calendar date. */
function tryEpochDay(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / DAY_MS;
}

export function isLocalDate(value: unknown): value is string {
  return typeof value === 'string' && tryEpochDay(value) !== null;
}

/** Days since 1970-01-01; throws RangeError for anything but a real ISO calendar date. */
export function epochDay(date: string): number {
  const day = tryEpochDay(date);
  if (day === null) throw new RangeError(`expected an ISO date like 2026-03-08, got "${date}"`);
  return day;
}

export function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromEpochDay(epochDay(date) + days);
}

/** Same month and day `years` later; 29 February becomes 28 February in a common year (as PostgreSQL does). */
export function addYears(date: string, years: number): string {
  const d = new Date(epochDay(date) * DAY_MS);
  const year = d.getUTCFullYear() + years;
  const lastDay = new Date(Date.UTC(year, d.getUTCMonth() + 1, 0)).getUTCDate();
  return fromEpochDay(Date.UTC(year, d.getUTCMonth(), Math.min(d.getUTCDate(), lastDay)) / DAY_MS);
}

/** Number of days from `from` to `to`, both included (1 for a single day). */
export function daysInclusive(from: string, to: string): number {
  return epochDay(to) - epochDay(from) + 1;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((((epochDay(date) + 3) % 7) + 7) % 7) + 1;
}
