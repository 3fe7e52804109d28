import type { ScoringRules } from '@cxlens/shared';
import type { ImportKind } from '../import-kind';
import { DateFormat, ParsedTimestamp, parseTimestamp } from '../mapping/timestamps';
import { fail, ok } from './field-values';
import { ReferenceResolver } from './references';
import { RowReader } from './row-reader';

export interface FieldDoc {
  name: string;
  /** A column the file must provide (or a constant); program is resolved per row instead. */
  required?: boolean;
  type: string;
}

/** A column of the TEMP staging table, in COPY order (after `line`). */
export interface StagingColumn {
  name: string;
  type: string;
}

export type StagedValue = string | number | boolean | null;

export interface ValidationContext {
  refs: ReferenceResolver;
  dateFormats: readonly DateFormat[];
  /** Scoring rules of a named evaluation form, or the defaults. */
  scoringRules(form: string | null): ScoringRules;
}

/** One import kind: its fields, how a row is validated, and what is staged for the merge. */
export interface KindDefinition {
  kind: ImportKind;
  fields: readonly FieldDoc[];
  staging: readonly StagingColumn[];
  /** Staged values in `staging` order, or null when the row has problems (recorded on the reader). */
  validate(row: RowReader, ctx: ValidationContext): StagedValue[] | null;
}

export function requiredFields(kind: KindDefinition): string[] {
  return kind.fields.filter((f) => f.required).map((f) => f.name);
}

/** A timestamp is staged as two columns: an instant, or a site-local wall-clock time converted in the merge. */
export const TIMESTAMP_STAGING: readonly StagingColumn[] = [
  { name: 'at_utc', type: 'timestamptz' },
  { name: 'at_local', type: 'timestamp' },
];

export function timestampStaged(t: ParsedTimestamp | undefined): [string | null, string | null] {
  if (!t) return [null, null];
  return t.kind === 'instant' ? [t.iso, null] : [null, t.local];
}

/** The text that identifies a timestamp in a content hash. */
export function timestampKey(t: ParsedTimestamp | undefined): string | null {
  return t ? (t.kind === 'instant' ? t.iso : `${t.local} local`) : null;
}

export function readTimestamp(row: RowReader, field: string, ctx: ValidationContext): ParsedTimestamp | undefined {
  return row.require(field, (raw) => {
    const t = parseTimestamp(raw, ctx.dateFormats);
    return 'reason' in t ? fail(t.reason) : ok(t);
  });
}

/**
 * Site and program as staged: ids resolved here (the merge then joins nothing
 * to resolve them) and codes (for sites and programs --create-missing adds,
 * whose ids are filled in after they are created).
 */
export const REFERENCE_STAGING: readonly StagingColumn[] = [
  { name: 'site_id', type: 'bigint' },
  { name: 'site_code', type: 'text' },
  { name: 'program_id', type: 'bigint' },
  { name: 'program_code', type: 'text' },
];

/** Site and program codes, resolved from a code or name (program may be implied). */
export function readSiteAndProgram(row: RowReader, ctx: ValidationContext): [string | undefined, string | undefined] {
  const site = row.read('site', (raw) => ctx.refs.site(raw)) ?? undefined;
  const program = row.read('program', (raw) => ctx.refs.program(raw)) ?? undefined;
  return [site, program];
}
