/**
 * Reading a timestamp cell. ISO 8601 is always understood; date-format hints
 * (`MM-DD-YYYY`, `DD.MM.YYYY HH:mm`, ...) add more. A value several formats
 * read differently is an error ("ambiguous"), never a guess. Without an
 * offset the value is a wall-clock time of the row's site, converted in SQL.
 */

export type ParsedTimestamp =
  /** An instant, as ISO 8601 UTC. */
  | { kind: 'instant'; iso: string }
  /** A site-local wall-clock time `YYYY-MM-DD HH:mm:ss.SSS`. */
  | { kind: 'local'; local: string };

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  offsetMinutes: number | null;
}

export interface DateFormat {
  text: string;
  regex: RegExp;
  groups: string[];
  hasTime: boolean;
}

const TOKENS: Record<string, string> = {
  YYYY: '(\\d{4})',
  MM: '(\\d{2})',
  M: '(\\d{1,2})',
  DD: '(\\d{2})',
  D: '(\\d{1,2})',
  HH: '(\\d{2})',
  H: '(\\d{1,2})',
  mm: '(\\d{2})',
  ss: '(\\d{2})',
};
const TOKEN_PATTERN = /YYYY|MM|M|DD|D|HH|H|mm|ss/g;
const TIME_SUFFIX = '(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,6}))?)?)?';
const OFFSET_SUFFIX = '\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?';
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export class DateFormatError extends Error {}

/** `MM-DD-YYYY` → a matcher; tokens YYYY MM M DD D HH H mm ss, anything else is literal. */
export function parseDateFormat(text: string): DateFormat {
  const groups: string[] = [];
  let pattern = '';
  let last = 0;
  for (const m of text.matchAll(TOKEN_PATTERN)) {
    pattern += text.slice(last, m.index).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + TOKENS[m[0]];
    groups.push(m[0]);
    last = m.index! + m[0].length;
  }
  pattern += text.slice(last).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const need of ['YYYY', 'M', 'D']) {
    if (!groups.some((g) => g[0] === need[0])) throw new DateFormatError(`date format "${text}" has no ${need === 'YYYY' ? 'YYYY' : `${need}${need} or ${need}`}`);
  }
  const hasTime = groups.some((g) => g.startsWith('H'));
  const regex = new RegExp(`^${pattern}${hasTime ? '' : TIME_SUFFIX}${OFFSET_SUFFIX}$`, 'i');
  return { text, regex, groups, hasTime };
}

function offsetMinutes(text: string | undefined): number | null {
  if (!text) return null;
  if (text.toUpperCase() === 'Z') return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return leap ? 29 : DAYS_IN_MONTH[month - 1];
}

function checkParts(p: Parts): string | null {
  if (p.year < 1900 || p.year > 2100) return `year ${p.year} is outside 1900-2100`;
  if (p.month < 1 || p.month > 12) return `month ${p.month} does not exist`;
  if (p.day < 1 || p.day > daysInMonth(p.year, p.month)) return `day ${p.day} does not exist in ${p.year}-${String(p.month).padStart(2, '0')}`;
  if (p.hour > 23 || p.minute > 59 || p.second > 59) return 'the time of day is out of range';
  if (p.offsetMinutes !== null && Math.abs(p.offsetMinutes) > 14 * 60) return 'the UTC offset is beyond ±14:00';
  return null;
}

function fraction(text: string | undefined): number {
  return text ? Math.round(Number(`0.${text}`) * 1000) : 0;
}

function fromIso(m: RegExpExecArray): Parts {
  return {
    year: +m[1], month: +m[2], day: +m[3], hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0),
    ms: fraction(m[7]), offsetMinutes: offsetMinutes(m[8]),
  };
}

function fromFormat(format: DateFormat, m: RegExpExecArray): Parts {
  const p: Parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, ms: 0, offsetMinutes: null };
  format.groups.forEach((g, i) => {
    const v = Number(m[i + 1]);
    if (g === 'YYYY') p.year = v;
    else if (g[0] === 'M') p.month = v;
    else if (g[0] === 'D') p.day = v;
    else if (g[0] === 'H') p.hour = v;
    else if (g === 'mm') p.minute = v;
    else if (g === 'ss') p.second = v;
  });
  let next = format.groups.length + 1;
  if (!format.hasTime) {
    p.hour = +(m[next] ?? 0);
    p.minute = +(m[next + 1] ?? 0);
    p.second = +(m[next + 2] ?? 0);
    p.ms = fraction(m[next + 3]);
    next += 4;
  }
  p.offsetMinutes = offsetMinutes(m[next]);
  return p;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function toTimestamp(p: Parts): ParsedTimestamp {
  if (p.offsetMinutes === null) {
    return { kind: 'local', local: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.${pad(p.ms, 3)}` };
  }
  if (p.offsetMinutes === 0 && p.ms < 1000) {
    // What toISOString() writes for years 1900-2100, without a Date.
    return { kind: 'instant', iso: `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.${pad(p.ms, 3)}Z` };
  }
  const epoch = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms) - p.offsetMinutes * 60_000;
  return { kind: 'instant', iso: new Date(epoch).toISOString() };
}

function describe(t: ParsedTimestamp): string {
  return t.kind === 'local' ? t.local.replace(/\.000$/, '').replace(/ 00:00:00$/, '') : t.iso;
}

/** Reads a timestamp with ISO 8601 and the given formats; returns the reading or why there is none (or several). */
export function parseTimestamp(raw: string, formats: readonly DateFormat[]): ParsedTimestamp | { reason: string } {
  const value = raw.trim();
  if (formats.length === 0) {
    // ISO 8601 only (the usual import): one reading or none, nothing to compare.
    const iso = ISO.exec(value);
    if (iso) {
      const parts = fromIso(iso);
      const problem = checkParts(parts);
      return problem ? { reason: `not a valid date: ${problem}` } : toTimestamp(parts);
    }
  }
  const readings = new Map<string, { t: ParsedTimestamp; by: string }>();
  const problems: string[] = [];
  const consider = (parts: Parts, by: string) => {
    const problem = checkParts(parts);
    if (problem) return void problems.push(problem);
    const t = toTimestamp(parts);
    const key = describe(t);
    if (!readings.has(key)) readings.set(key, { t, by });
  };
  const iso = ISO.exec(value);
  if (iso) consider(fromIso(iso), 'ISO 8601');
  for (const f of formats) {
    const m = f.regex.exec(value);
    if (m) consider(fromFormat(f, m), f.text);
  }
  if (readings.size === 1) return [...readings.values()][0].t;
  if (readings.size > 1) {
    const options = [...readings.entries()].map(([key, r]) => `${key} (${r.by})`).join(' or ');
    return { reason: `ambiguous date: reads as ${options}; keep only the date format that fits` };
  }
  if (problems.length) return { reason: `not a valid date: ${problems[0]}` };
  const expected = ['ISO 8601 (2026-03-01T14:30:00+01:00 or 2026-03-01 14:30)', ...formats.map((f) => f.text)].join(', ');
  return { reason: `not a date/time in a known format; expected ${expected} (add --date-format for other layouts)` };
}
