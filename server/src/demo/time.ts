/**
 * Site-local calendar arithmetic on epoch day numbers (days since 1970-01-01),
 * with IANA offsets from Intl so DST is right in every demo time zone.
 */

const DAY_MS = 86_400_000;

export function dayNumberOf(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function dayOfMonth(dayNumber: number): { day: number; daysInMonth: number } {
  const date = new Date(dayNumber * DAY_MS);
  const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return { day: date.getUTCDate(), daysInMonth };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time in `timeZone` at `epochMs`, as epoch minutes of that wall clock read as if UTC. */
function wallMinutes(timeZone: string, epochMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) / 60_000;
}

/** UTC offset in minutes of `timeZone` at `epochMs`. */
export function offsetMinutes(timeZone: string, epochMs: number): number {
  return wallMinutes(timeZone, epochMs) - Math.floor(epochMs / 60_000);
}

function cachedOffset(timeZone: string, epochMs: number): number {
  const key = `${timeZone}|${epochMs}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = offsetMinutes(timeZone, epochMs);
    if (offsetCache.size > 200_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}

/**
 * Converts site-local (day, minute of day) to epoch ms. Returns null for a wall
 * time skipped by a DST change; a repeated wall time maps to its first instant,
 * so two local slots never share an interval_start.
 */
export function localToEpochMs(timeZone: string, dayNumber: number, minuteOfDay: number): number | null {
  const localMs = dayNumber * DAY_MS + minuteOfDay * 60_000;
  const before = cachedOffset(timeZone, dayNumber * DAY_MS - 15 * 3_600_000);
  const after = cachedOffset(timeZone, dayNumber * DAY_MS + 39 * 3_600_000);
  if (before === after) return localMs - before * 60_000;
  // A DST change falls near this day: take the earlier offset first, then check the round trip.
  for (const offset of [before, after]) {
    const utc = localMs - offset * 60_000;
    if (wallMinutes(timeZone, utc) === localMs / 60_000) return utc;
  }
  return null;
}
