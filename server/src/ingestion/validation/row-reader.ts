import { Rejection, shownValue } from '../import-kind';
import { Parsed } from './field-values';

/**
 * Reads the cells of one mapped row, collecting every problem (field, value,
 * rule) instead of stopping at the first, so a user fixes a file in one pass.
 */
export class RowReader {
  readonly errors: Rejection[] = [];

  constructor(
    readonly line: number,
    private readonly values: Record<string, string>,
  ) {}

  raw(field: string): string {
    return this.values[field] ?? '';
  }

  isEmpty(field: string): boolean {
    return this.raw(field).trim() === '';
  }

  /** The parsed value; null when empty; undefined when invalid (the problem is recorded). */
  read<T>(field: string, parse: (raw: string) => Parsed<T | null>): T | null | undefined {
    const raw = this.raw(field);
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    this.problem(field, parsed.reason);
    return undefined;
  }

  /** Like read, but an empty cell is a problem too. */
  require<T>(field: string, parse: (raw: string) => Parsed<T | null>): T | undefined {
    if (this.isEmpty(field)) {
      this.problem(field, 'is required');
      return undefined;
    }
    const value = this.read(field, parse);
    return value === null ? undefined : value;
  }

  problem(field: string | null, reason: string, value: string | null = field ? this.raw(field) : null): void {
    this.errors.push({ line: this.line, field, value: shownValue(value), reason });
  }

  get valid(): boolean {
    return this.errors.length === 0;
  }
}
