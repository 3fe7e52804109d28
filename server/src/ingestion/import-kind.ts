/** The vocabulary of imports, shared by the file, HTTP, GraphQL and CLI paths (no framework imports). */

export const IMPORT_KINDS = ['surveys', 'evaluations', 'kpis', 'contacts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_MODES = ['strict', 'partial'] as const;
/** strict: any invalid row rejects the whole file. partial: valid rows are written, invalid ones reported. */
export type ImportMode = (typeof IMPORT_MODES)[number];

export const IMPORT_FORMATS = ['csv', 'ndjson'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_STATUSES = ['RUNNING', 'SUCCEEDED', 'PARTIAL', 'REJECTED', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value);
}

/** One problem with one row (or, at line 1, with the header): what the user must fix. */
export interface Rejection {
  line: number;
  field: string | null;
  value: string | null;
  reason: string;
}

/** A problem with the file as a whole (encoding, CSV syntax, header): nothing after it can be read reliably. */
export class FileFormatError extends Error {
  constructor(readonly rejections: Rejection[]) {
    super(rejections.map((r) => `line ${r.line}${r.field ? `, ${r.field}` : ''}: ${r.reason}`).join('; '));
  }
}

/** The upload stopped before its end: the client went away. */
export class ClientDisconnectedError extends Error {
  constructor() {
    super('client disconnected');
  }
}

/** A row as the mapping produced it: canonical field name → raw text ('' = empty). */
export interface SourceRecord {
  line: number;
  values: Record<string, string>;
  /** Problems found before validation (bad JSON line, wrong field count, ...). */
  problems?: Rejection[];
  /** A field listed in --skip-empty is empty: the row is counted as skipped, not validated. */
  skip?: boolean;
}

/** Rejected values are stored and shown truncated: a 10 MB field must not be copied around. */
export const MAX_SHOWN_VALUE_LENGTH = 200;

export function shownValue(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value.length > MAX_SHOWN_VALUE_LENGTH ? `${value.slice(0, MAX_SHOWN_VALUE_LENGTH)}… (${value.length} characters)` : value;
}
