import { Rejection, shownValue, SourceRecord } from '../import-kind';
import { KindDefinition, requiredFields } from '../validation/kind-definition';
import { fieldsNamedBy, MappingSpec } from './mapping-spec';

/** Where one cxlens field comes from: columns of the file (joined by a space) or a constant. */
interface FieldPlan {
  field: string;
  columns: number[];
  constant: string | null;
  valueMap: Map<string, string> | null;
}

export type HeaderProblem = Omit<Rejection, 'line'>;

const normalize = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');
/** `Responded At`, `responded-at` and `responded_at` all name the field responded_at. */
const asFieldName = (name: string) => normalize(name).replace(/[ -]/g, '_');

function positions(names: readonly string[], wanted: string, key: (n: string) => string): number[] {
  const k = key(wanted);
  return names.flatMap((n, i) => (key(n) === k ? [i] : []));
}

/**
 * Turns the columns of one file (a CSV header, or the keys of NDJSON lines)
 * into cxlens fields, following the mapping spec. Without --map, every column
 * must be a field of the kind (so a typo like "csta" is caught); with --map,
 * unmapped columns are ignored, as third-party exports carry many.
 */
export class RecordMapper {
  private constructor(
    private readonly plans: FieldPlan[],
    private readonly width: number,
    private readonly skipEmpty: string[],
  ) {}

  static build(kind: KindDefinition, names: readonly string[], spec: MappingSpec): RecordMapper | HeaderProblem[] {
    const problems: HeaderProblem[] = [];
    const known = new Set(kind.fields.map((f) => f.name));
    for (const { field, option } of fieldsNamedBy(spec)) {
      if (!known.has(field)) {
        problems.push({ field, value: null, reason: `${option} names "${field}", which is not a field of ${kind.kind} (fields: ${[...known].join(', ')})` });
      }
    }
    const used = new Set<number>();
    const plans: FieldPlan[] = [];
    const missing: string[] = [];
    for (const { name: field } of kind.fields) {
      const constant = spec.constants[field] ?? null;
      const mapped = spec.columns[field];
      let columns: number[] = [];
      if (mapped && constant !== null) {
        problems.push({ field, value: null, reason: `${field} is both mapped to a column (--map) and set to a constant (--set); keep one` });
      } else if (mapped) {
        for (const source of mapped) {
          const at = positions(names, source, normalize);
          if (at.length === 0) problems.push({ field, value: source, reason: `--map ${field}: the file has no column "${source}"` });
          if (at.length > 1) problems.push({ field, value: source, reason: `column "${source}" appears ${at.length} times in the header` });
          columns.push(at[0]);
        }
      } else if (constant === null) {
        columns = positions(names, field, asFieldName);
        if (columns.length > 1) problems.push({ field, value: field, reason: `column "${field}" appears ${columns.length} times in the header` });
      }
      columns.forEach((c) => used.add(c));
      if (columns.length === 0 && constant === null && requiredFields(kind).includes(field)) missing.push(field);
      const valueMap = spec.values[field] ? new Map(Object.entries(spec.values[field]).map(([k, v]) => [k.trim().toLowerCase(), v])) : null;
      if (columns.length || constant !== null) plans.push({ field, columns: columns.slice(0, mapped ? undefined : 1), constant, valueMap });
    }
    if (missing.length) {
      problems.push({
        field: missing.join(', '),
        value: null,
        reason: `missing required column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')} (name a column with --map field=column or give a constant with --set field=value)`,
      });
    }
    if (Object.keys(spec.columns).length === 0) {
      const unknown = names.filter((n, i) => !used.has(i) && n.trim() !== '');
      if (unknown.length) {
        problems.push({
          field: null,
          value: unknown.join(', '),
          reason: `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}: the fields of ${kind.kind} are ${[...known].join(', ')}; map other columns with --map field=column`,
        });
      }
    }
    return problems.length ? problems : new RecordMapper(plans, names.length, spec.skipEmpty);
  }

  /** The row's cells as cxlens field values; a wrong cell count is a problem of that row only. */
  map(line: number, cells: readonly string[]): SourceRecord {
    const values: Record<string, string> = {};
    let problems: Rejection[] | undefined;
    if (cells.length !== this.width && (cells.length < this.width || cells.slice(this.width).some((c) => !isBlank(c)))) {
      problems = [{ line, field: null, value: null, reason: `has ${cells.length} fields but the header has ${this.width}; check for an unquoted delimiter or a missing field` }];
    }
    for (const plan of this.plans) {
      let value: string;
      if (plan.constant !== null) value = plan.constant;
      else if (plan.columns.length === 1) value = cellText(cells[plan.columns[0]]);
      else value = plan.columns.map((c) => cells[c] ?? '').filter((v) => !isBlank(v)).join(' ');
      if (plan.valueMap) {
        const mapped = plan.valueMap.get(value.trim().toLowerCase());
        if (mapped !== undefined) value = mapped;
      }
      if (value.includes('\u0000')) (problems ??= []).push({ line, field: plan.field, value: shownValue(value.replace(/\u0000/g, '\\0')), reason: 'contains a NUL character' });
      values[plan.field] = value;
    }
    const record: SourceRecord = { line, values };
    if (problems) record.problems = problems;
    if (this.skipEmpty.length && this.skipEmpty.some((f) => isBlank(values[f] ?? ''))) record.skip = true;
    return record;
  }
}

/** Whether a cell is empty or only white space (cheap for the usual cell that starts with a letter or digit). */
function isBlank(value: string): boolean {
  if (value.length === 0) return true;
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return value.trim() === '';
}

/** A single column's cell: as it is, or '' when blank (as joining the non-blank cells of several columns gives). */
function cellText(cell: string | undefined): string {
  return cell === undefined || isBlank(cell) ? '' : cell;
}
