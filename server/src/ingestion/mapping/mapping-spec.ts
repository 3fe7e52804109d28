/**
 * How a third-party file's columns become cxlens fields. The same structure
 * is saved as a named mapping (import_mapping.spec), sent as HTTP query
 * parameters and written on the CLI:
 *
 *   --map responded_at=date+time,csat="satisfaction rating"
 *   --set site=ZRH,channel=VOICE
 *   --values answered:Y=true,N=false --values "channel:Email=EMAIL,Social media=SOCIAL"
 *   --date-format MM-DD-YYYY,M/D/YYYY   --skip-empty csat
 */
export interface MappingSpec {
  /** field → source columns; several are joined with a space (a date and a time column). */
  columns: Record<string, string[]>;
  /** field → the same value for every row. */
  constants: Record<string, string>;
  /** field → (source value, case-insensitive → value cxlens understands). */
  values: Record<string, Record<string, string>>;
  dateFormats: string[];
  /** Rows where one of these fields is empty are skipped (counted, not rejected). */
  skipEmpty: string[];
}

export function emptyMappingSpec(): MappingSpec {
  return { columns: {}, constants: {}, values: {}, dateFormats: [], skipEmpty: [] };
}

export class MappingSyntaxError extends Error {}

/** Splits on `separator` outside double quotes. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (quoted && text[i + 1] === '"') {
        current += '""';
        i++;
        continue;
      }
      quoted = !quoted;
      current += ch;
    } else if (ch === separator && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (quoted) throw new MappingSyntaxError(`unclosed quote in "${text}"`);
  parts.push(current);
  return parts;
}

/** A bare or double-quoted name: `satisfaction rating` or `"satisfaction, rating"` ("" inside quotes is one "). */
function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  return t;
}

function pairs(text: string, option: string): [string, string][] {
  return splitTopLevel(text, ',')
    .filter((p) => p.trim() !== '')
    .map((part) => {
      const [key, ...rest] = splitTopLevel(part, '=');
      if (rest.length === 0) throw new MappingSyntaxError(`${option}: "${part.trim()}" is not of the form field=value`);
      return [key, rest.join('=')];
    });
}

/** `responded_at=date+time,csat="satisfaction rating"` */
export function parseColumnMap(text: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [key, value] of pairs(text, '--map')) {
    const sources = splitTopLevel(value, '+').map(unquote);
    if (sources.some((s) => s === '')) throw new MappingSyntaxError(`--map: empty column name in "${key.trim()}=${value}"`);
    result[unquote(key)] = sources;
  }
  return result;
}

/** `site=ZRH,channel=VOICE` */
export function parseConstants(text: string): Record<string, string> {
  return Object.fromEntries(pairs(text, '--set').map(([k, v]) => [unquote(k), unquote(v)]));
}

/** `answered:Y=true,N=false,channel:Email=EMAIL`: a `field:` prefix starts the map of another field. */
export function parseValueMaps(text: string): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  let field: string | null = null;
  for (const [rawKey, value] of pairs(text, '--values')) {
    let key = rawKey;
    const colon = splitTopLevel(rawKey, ':');
    if (colon.length > 1) {
      field = unquote(colon[0]);
      key = colon.slice(1).join(':');
    }
    if (!field) throw new MappingSyntaxError(`--values: start with the field, e.g. answered:Y=true,N=false (got "${rawKey.trim()}")`);
    (result[field] ??= {})[unquote(key).toLowerCase()] = unquote(value);
  }
  return result;
}

/** `MM-DD-YYYY,M/D/YYYY` or `csat,nps`: a comma list. */
export function parseList(text: string): string[] {
  return splitTopLevel(text, ',').map(unquote).filter((s) => s !== '');
}

/** The options given with an import override a saved mapping field by field. */
export function overlaySpec(base: MappingSpec, over: Partial<MappingSpec>): MappingSpec {
  const values = { ...base.values };
  for (const [field, map] of Object.entries(over.values ?? {})) values[field] = { ...values[field], ...map };
  return {
    columns: { ...base.columns, ...over.columns },
    constants: { ...base.constants, ...over.constants },
    values,
    dateFormats: over.dateFormats?.length ? over.dateFormats : base.dateFormats,
    skipEmpty: [...new Set([...base.skipEmpty, ...(over.skipEmpty ?? [])])],
  };
}

/** Every field the spec names, to check them against the kind's fields. */
export function fieldsNamedBy(spec: MappingSpec): { field: string; option: string }[] {
  return [
    ...Object.keys(spec.columns).map((field) => ({ field, option: '--map' })),
    ...Object.keys(spec.constants).map((field) => ({ field, option: '--set' })),
    ...Object.keys(spec.values).map((field) => ({ field, option: '--values' })),
    ...spec.skipEmpty.map((field) => ({ field, option: '--skip-empty' })),
  ];
}

/** A spec read back from JSON (a saved mapping): the right shape, or a MappingSyntaxError. */
export function specFromJson(json: unknown): MappingSpec {
  const o = (json ?? {}) as Record<string, unknown>;
  const isRecordOf = (v: unknown, check: (x: unknown) => boolean) =>
    v === undefined || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(check));
  const isString = (x: unknown) => typeof x === 'string';
  const isStringList = (x: unknown) => Array.isArray(x) && x.every(isString);
  if (
    !isRecordOf(o.columns, isStringList) ||
    !isRecordOf(o.constants, isString) ||
    !isRecordOf(o.values, (m) => isRecordOf(m, isString)) ||
    !(o.dateFormats === undefined || isStringList(o.dateFormats)) ||
    !(o.skipEmpty === undefined || isStringList(o.skipEmpty))
  ) {
    throw new MappingSyntaxError('a mapping spec has columns, constants, values, dateFormats and skipEmpty only');
  }
  return overlaySpec(emptyMappingSpec(), o as Partial<MappingSpec>);
}
