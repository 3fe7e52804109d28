import { ImportFormat, ImportKind, ImportMode, IMPORT_KINDS, IMPORT_MODES, isImportKind } from './import-kind';
import { fieldsNamedBy, MappingSpec, MappingSyntaxError, parseColumnMap, parseConstants, parseList, parseValueMaps } from './mapping/mapping-spec';
import { DateFormat, DateFormatError, parseDateFormat } from './mapping/timestamps';
import { KIND_DEFINITIONS } from './validation/kinds';
import { siteProblems } from '../sites/site-rules';
import { CODE_PATTERN, SiteDefaults } from './validation/references';

/** A request that cannot start: answered with 400 and the message, no job is recorded. */
export class UsageError extends Error {}

export interface ImportOptions {
  kind: ImportKind;
  format: ImportFormat;
  mode: ImportMode;
  dryRun: boolean;
  fileName: string | null;
  /** A saved mapping to start from, and a name to save the effective one under. */
  mappingName: string | null;
  saveMappingAs: string | null;
  /** Mapping options given with this import; they override the saved mapping's. */
  overrides: Partial<MappingSpec>;
  createMissing: boolean;
  siteDefaults: SiteDefaults | null;
  slThresholdS: number;
}

export type QueryValues = Record<string, unknown>;

const DEFAULT_SL_THRESHOLD_S = 20;

function all(query: QueryValues, name: string): string[] {
  const v = query[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

function one(query: QueryValues, name: string): string | null {
  const values = all(query, name);
  if (values.length > 1) throw new UsageError(`${name} is given ${values.length} times; give it once`);
  return values[0] ?? null;
}

function yesNo(query: QueryValues, name: string): boolean {
  const v = one(query, name);
  if (v === null || v === 'false' || v === '0') return false;
  if (v === '' || v === 'true' || v === '1') return true;
  throw new UsageError(`${name} must be true or false, got "${v}"`);
}

function oneOf<T extends string>(query: QueryValues, name: string, allowed: readonly T[], fallback: T): T {
  const v = one(query, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`${name} must be ${allowed.join(' or ')}, got "${v}"`);
  return v as T;
}

const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines'];

function formatOf(query: QueryValues, contentType: string | undefined, fileName: string | null): ImportFormat {
  const explicit = one(query, 'format');
  if (explicit !== null) {
    if (explicit !== 'csv' && explicit !== 'ndjson') throw new UsageError(`format must be csv or ndjson, got "${explicit}"`);
    return explicit;
  }
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/csv') return 'csv';
  if (NDJSON_TYPES.includes(type)) return 'ndjson';
  if (fileName && /\.(nd)?jsonl?$/i.test(fileName) && !/\.json$/i.test(fileName)) return 'ndjson';
  if (fileName && /\.(csv|txt)$/i.test(fileName)) return 'csv';
  throw new UsageError('send the file with Content-Type text/csv or application/x-ndjson, or add ?format=csv or ?format=ndjson');
}

/** `country=CH,timeZone=Europe/Zurich[,city=Zurich]` for sites created by createMissing. */
export function parseSiteDefaults(text: string): SiteDefaults {
  const [given] = spec(parseConstants, [text]);
  const unknown = Object.keys(given).filter((k) => !['country', 'timeZone', 'city'].includes(k));
  if (unknown.length) throw new UsageError(`siteDefaults knows country, timeZone and city, not ${unknown.join(', ')}`);
  const defaults = { country: (given.country ?? '').toUpperCase(), timeZone: given.timeZone ?? '', ...(given.city ? { city: given.city } : {}) };
  const [problem] = siteProblems({ code: 'NEW', name: 'NEW', city: 'NEW', ...defaults }, true);
  if (problem) throw new UsageError(`siteDefaults ${problem.field} ${problem.reason}`);
  return defaults;
}

function mappingName(query: QueryValues, name: string): string | null {
  const v = one(query, name);
  if (v !== null && !CODE_PATTERN.test(v)) throw new UsageError(`${name} must be a name of letters, digits, _ . - (at most 64), got "${v}"`);
  return v;
}

function spec<T>(parse: (text: string) => T, values: string[]): T[] {
  try {
    return values.map(parse);
  } catch (error) {
    if (error instanceof MappingSyntaxError) throw new UsageError(error.message);
    throw error;
  }
}

/** The import's options from the URL (HTTP and CLI share them); throws UsageError with what to fix. */
export function parseImportOptions(kind: string, query: QueryValues, contentType?: string): ImportOptions {
  if (!isImportKind(kind)) throw new UsageError(`unknown import kind "${kind}"; use one of ${IMPORT_KINDS.join(', ')}`);
  const fileName = one(query, 'fileName');
  const sl = one(query, 'slThreshold');
  if (sl !== null && !(/^\d+$/.test(sl) && Number(sl) >= 1 && Number(sl) <= 86_400)) {
    throw new UsageError(`slThreshold must be whole seconds from 1 to 86400, got "${sl}"`);
  }
  const siteDefaults = one(query, 'siteDefaults');
  return {
    kind,
    format: formatOf(query, contentType, fileName),
    mode: oneOf(query, 'mode', IMPORT_MODES, 'strict'),
    dryRun: yesNo(query, 'dryRun'),
    fileName: fileName ? fileName.slice(0, 255) : null,
    mappingName: mappingName(query, 'mapping'),
    saveMappingAs: mappingName(query, 'saveMapping'),
    overrides: {
      columns: Object.assign({}, ...spec(parseColumnMap, all(query, 'map'))),
      constants: Object.assign({}, ...spec(parseConstants, all(query, 'set'))),
      values: Object.assign({}, ...spec(parseValueMaps, all(query, 'values'))),
      dateFormats: spec(parseList, all(query, 'dateFormat')).flat(),
      skipEmpty: spec(parseList, all(query, 'skipEmpty')).flat(),
    },
    createMissing: yesNo(query, 'createMissing'),
    siteDefaults: siteDefaults ? parseSiteDefaults(siteDefaults) : null,
    slThresholdS: sl === null ? DEFAULT_SL_THRESHOLD_S : Number(sl),
  };
}

/** A complete spec names only fields of the kind and only date formats that parse. */
export function checkSpec(kind: ImportKind, spec: MappingSpec): DateFormat[] {
  const known = new Set(KIND_DEFINITIONS[kind].fields.map((f) => f.name));
  const bad = fieldsNamedBy(spec).find(({ field }) => !known.has(field));
  if (bad) throw new UsageError(`${bad.option} names "${bad.field}", which is not a field of ${kind} (fields: ${[...known].join(', ')})`);
  try {
    return spec.dateFormats.map(parseDateFormat);
  } catch (error) {
    if (error instanceof DateFormatError) throw new UsageError(error.message);
    throw error;
  }
}
