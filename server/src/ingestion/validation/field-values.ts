import { CHANNELS, Channel, EVALUATION_KINDS, EvaluationKind } from '@cxlens/shared';

/** A parsed cell, or the rule it breaks (phrased to follow the value: `"9" ${reason}`). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

export const MAX_TEXT_LENGTH = 200;
/** Verbatims can be long, but a 10 MB "comment" is a broken export, not feedback. */
export const MAX_COMMENT_LENGTH = 20_000;

export function text(raw: string, maxLength = MAX_TEXT_LENGTH): Parsed<string | null> {
  const value = raw.trim();
  if (value === '') return ok(null);
  if (value.length > maxLength) return fail(`is ${value.length.toLocaleString('en')} characters long; at most ${maxLength.toLocaleString('en')} are allowed`);
  return ok(value);
}

/** The value of 1 to 9 ASCII digits and nothing else (the usual cell), else -1. */
function plainDigits(raw: string): number {
  const length = raw.length;
  if (length === 0 || length > 9) return -1;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const d = raw.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Whole numbers only; "4.0" from spreadsheets is accepted as 4. */
export function integer(raw: string, min: number, max: number): Parsed<number | null> {
  const plain = plainDigits(raw);
  if (plain >= 0) return plain < min || plain > max ? fail(`must be a whole number from ${min} to ${max}`) : ok(plain);
  const value = raw.trim();
  if (value === '') return ok(null);
  if (!/^[+-]?\d+(\.0*)?$/.test(value)) return fail(`must be a whole number from ${min} to ${max}`);
  const n = Number.parseInt(value, 10);
  if (n < min || n > max) return fail(`must be a whole number from ${min} to ${max}`);
  return ok(n);
}

/** Decimal with `.` (or `,` as in European exports), rounded half up to `decimals`. */
export function decimal(raw: string, min: number, max: number, decimals = 2): Parsed<number | null> {
  const value = raw.trim().replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
  if (value === '') return ok(null);
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value)) return fail(`must be a number from ${min} to ${max}`);
  const scale = 10 ** decimals;
  const n = Math.round(Number(value) * scale) / scale;
  if (n < min || n > max) return fail(`must be a number from ${min} to ${max}`);
  return ok(n);
}

/** Seconds as a whole number, or a duration written h:mm:ss / mm:ss as ACD exports do. */
export function duration(raw: string, maxSeconds = 2_147_483_647): Parsed<number | null> {
  const plain = plainDigits(raw);
  if (plain >= 0) return plain > maxSeconds ? fail('must be whole seconds >= 0 or a duration like 0:02:30') : ok(plain);
  const value = raw.trim();
  if (value === '') return ok(null);
  const clock = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/.exec(value);
  if (clock) return ok(Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]));
  const seconds = integer(value, 0, maxSeconds);
  return seconds.ok ? seconds : fail('must be whole seconds >= 0 or a duration like 0:02:30');
}

const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0']);

export function flag(raw: string): Parsed<boolean | null> {
  const value = raw.trim().toLowerCase();
  if (value === '') return ok(null);
  if (TRUE_WORDS.has(value)) return ok(true);
  if (FALSE_WORDS.has(value)) return ok(false);
  return fail('must be true or false (also accepted: yes/no, y/n, 1/0; map other words with --values)');
}

const normalizedEnum = (raw: string) => raw.trim().toUpperCase().replace(/[\s-]+/g, '_');

export function channel(raw: string): Parsed<Channel | null> {
  const value = normalizedEnum(raw);
  if (value === '') return ok(null);
  if ((CHANNELS as readonly string[]).includes(value)) return ok(value as Channel);
  return fail(`is not a channel; use one of ${CHANNELS.join(', ')} (map other words with --values channel:...)`);
}

const EVALUATION_KIND_ALIASES: Record<string, EvaluationKind> = { MS: 'MYSTERY_SHOP', MYSTERY_SHOPPING: 'MYSTERY_SHOP', QUALITY: 'QA' };

export function evaluationKind(raw: string): Parsed<EvaluationKind | null> {
  const value = normalizedEnum(raw);
  if (value === '') return ok(null);
  const kind = EVALUATION_KIND_ALIASES[value] ?? value;
  if ((EVALUATION_KINDS as readonly string[]).includes(kind)) return ok(kind as EvaluationKind);
  return fail(`is not an evaluation kind; use ${EVALUATION_KINDS.join(' or ')}`);
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function language(raw: string): Parsed<string | null> {
  if (LANGUAGE_TAG.test(raw)) return ok(raw); // already a tag as it is stored
  const value = raw.trim().replace(/_/g, '-');
  if (value === '') return ok(null);
  const tag = value.replace(/^[A-Za-z]{2,3}/, (l) => l.toLowerCase());
  if (!LANGUAGE_TAG.test(tag)) return fail('is not a BCP 47 language tag such as en, de-CH or zh-Hans');
  return ok(tag);
}

/** Like the DB's external_id check: 1-200 characters. */
export function externalId(raw: string): Parsed<string | null> {
  const value = raw.trim();
  if (value === '') return ok(null);
  if (value.length > 200) return fail(`is ${value.length} characters long; an external_id has at most 200`);
  return ok(value);
}
