import { Dimension, Granularity, Part, Parts, calendarBuckets, isCalendarGranularity } from '@cxlens/shared';
import { userInputError } from '../../common/user-input-error';
import { BUCKET_COLUMN } from '../queries/fact-slice-query';
import { dimensionColumn } from '../queries/dimension-sql';

export interface DimensionKey {
  dimension: Dimension;
  /** The group's value (site id, country code, channel, …); null for rows without one (no region, no team). */
  id: string | null;
}

/** Filled grids larger than this are a mistake (or a job for an export), not a screen. */
export const MAX_RESULT_ROWS = 20_000;
/**
 * Rows that all hold data: a whole site x channel x week cube of a large organisation over two
 * years fits (200 sites, 6 channels, 105 weeks is 126,000 at most; real ones are sparser).
 * Still a guard: beyond it the answer would take seconds and hundreds of megabytes.
 */
export const MAX_SPARSE_RESULT_ROWS = 150_000;

/** The distinct values of one column in order of first appearance; a value's code is its position. */
export class Dictionary {
  readonly values: (string | null)[] = [];
  private readonly codes = new Map<string | null, number>();

  codeOf(value: string | null): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      this.codes.set(value, (code = this.values.length));
      this.values.push(value);
    }
    return code;
  }

  copy(): Dictionary {
    const copy = new Dictionary();
    for (const value of this.values) copy.codeOf(value);
    return copy;
  }

  /** The value's code, or -1 when the column never held it. */
  find(value: string | null): number {
    return this.codes.get(value) ?? -1;
  }
}

/**
 * The slices of one period before statistics, by column: per slice (a group and a time bucket),
 * a code per dimension and for the bucket, and each fact's summed parts in one Float64Array per
 * part. A whole site × channel × week cube (100,000 slices) is a few typed arrays instead of
 * 100,000 objects with their arrays of keys and parts, which the engine then walked in scattered
 * memory and the collector copied between generations (BENCHMARKS.md, "Slices by column").
 *
 * A part a slice has no rows for reads 0, as SUM over no rows does (partValue reads a missing
 * part as 0); `hasRows` tells the slices that have rows of any fact from the ones added empty.
 */
export class SliceTable {
  /** Per dimension of groupBy, then the bucket (null with granularity NONE): the column's values. */
  readonly dictionaries: Dictionary[];
  /** Per column (as dictionaries), each slice's code. */
  private codes: Int32Array[];
  /** Parts with a column, and the columns at the same index. */
  private partNames: Part[] = [];
  private partColumns: Float64Array[] = [];
  private rowsSeen = new Uint8Array(0);
  private count = 0;
  /** The sink that alone wrote rows so far (undefined: none yet; null: more than one). */
  private soleWriter: ((row: Record<string, unknown>) => void) | null | undefined = undefined;
  /** A calendar bucket's code by its day number (the slice query's form of it). */
  private readonly dayCodes = new Map<number, number>();
  /** Slice position by its codes; made on the first lookup, kept up to date after. */
  private positions: Map<string, number> | null = null;

  /** @param dictionaries the columns' values to start from (a copy's); empty ones by default */
  constructor(
    readonly groupBy: readonly Dimension[],
    dictionaries: Dictionary[] = Array.from({ length: groupBy.length + 1 }, () => new Dictionary()),
  ) {
    this.dictionaries = dictionaries;
    this.codes = this.dictionaries.map(() => new Int32Array(0));
  }

  /** A table of the same slices that can gain more without changing this one. */
  copy(): SliceTable {
    const copy = new SliceTable(this.groupBy, this.dictionaries.map((dictionary) => dictionary.copy()));
    copy.codes = this.codes.map((column) => column.slice());
    copy.partNames = [...this.partNames];
    copy.partColumns = this.partColumns.map((column) => column.slice());
    copy.rowsSeen = this.rowsSeen.slice();
    copy.count = this.count;
    copy.soleWriter = null;
    return copy;
  }

  get size(): number {
    return this.count;
  }

  /** The column of the bucket in `dictionaries` and `code`. */
  get bucketColumn(): number {
    return this.groupBy.length;
  }

  code(position: number, column: number): number {
    return this.codes[column][position];
  }

  idOf(position: number, dimension: number): string | null {
    return this.dictionaries[dimension].values[this.codes[dimension][position]];
  }

  bucketOf(position: number): string | null {
    return this.dictionaries[this.bucketColumn].values[this.codes[this.bucketColumn][position]];
  }

  hasRows(position: number): boolean {
    return this.rowsSeen[position] === 1;
  }

  /** Writes the slice's parts into `into` (every part of the table, 0 where the slice has none). */
  readParts(position: number, into: Parts): Parts {
    for (let p = 0; p < this.partNames.length; p++) into[this.partNames[p]] = this.partColumns[p][position];
    return into;
  }

  /**
   * A sink for one fact's query rows, joined into the slices by group and bucket: measures of
   * several facts share a slice. The rows of one sink hold each group and bucket once (the
   * query's GROUP BY), so while a sink is the only one that wrote, its rows go in without a lookup.
   */
  factRows(parts: readonly Part[]): (row: Record<string, unknown>) => void {
    const columns = this.groupBy.map(dimensionColumn);
    const width = columns.length;
    const codes = new Int32Array(width + 1);
    const partIndexes = parts.map((part) => this.partIndex(part));
    const sink = (row: Record<string, unknown>): void => {
      if (this.soleWriter !== sink) this.soleWriter = this.soleWriter === undefined && this.count === 0 ? sink : null;
      for (let c = 0; c < width; c++) {
        const id = row[columns[c]];
        codes[c] = this.dictionaries[c].codeOf(id === null || id === undefined ? null : String(id));
      }
      codes[width] = this.bucketCode(row[BUCKET_COLUMN]);
      const position = this.soleWriter === sink ? this.append(codes) : this.positionOf(codes, true);
      this.rowsSeen[position] = 1;
      for (let p = 0; p < parts.length; p++) this.partColumns[partIndexes[p]][position] = Number(row[parts[p]]);
    };
    return sink;
  }

  /** factRows for rows at hand. */
  addFactRows(parts: readonly Part[], rows: readonly Record<string, unknown>[]): void {
    const add = this.factRows(parts);
    for (const row of rows) add(row);
  }

  /** A bucket as the slice query sends it: a local hour's text, or a calendar bucket's first day as days since 1970-01-01. */
  private bucketCode(value: unknown): number {
    if (typeof value !== 'number') return this.dictionaries[this.bucketColumn].codeOf((value ?? null) as string | null);
    let code = this.dayCodes.get(value);
    if (code === undefined) this.dayCodes.set(value, (code = this.dictionaries[this.bucketColumn].codeOf(isoDay(value))));
    return code;
  }

  /** The slice with these ids and bucket (values, not codes): its position, or -1. */
  find(ids: readonly (string | null)[], bucket: string | null): number {
    const codes = new Int32Array(ids.length + 1);
    for (let c = 0; c <= ids.length; c++) {
      codes[c] = this.dictionaries[c].find(c < ids.length ? ids[c] : bucket);
      if (codes[c] < 0) return -1;
    }
    return this.positionOf(codes, false);
  }

  /** The slice of a group (given by the dimension codes of the slice at `groupOf`) in `bucket`, added empty when missing. */
  slotFor(groupOf: number, bucket: string | null): number {
    const codes = new Int32Array(this.groupBy.length + 1);
    for (let c = 0; c < this.groupBy.length; c++) codes[c] = this.codes[c][groupOf];
    codes[this.bucketColumn] = this.dictionaries[this.bucketColumn].codeOf(bucket);
    return this.positionOf(codes, true);
  }

  /** Adds an empty slice for a group of no dimensions (an ungrouped series) in `bucket`, or finds it. */
  slotForBucket(bucket: string | null): number {
    const codes = Int32Array.of(this.dictionaries[0].codeOf(bucket));
    return this.positionOf(codes, true);
  }

  private positionOf(codes: Int32Array, add: boolean): number {
    if (!this.positions) {
      this.positions = new Map();
      for (let position = 0; position < this.count; position++) this.positions.set(this.keyAt(position), position);
    }
    const key = codes.join(',');
    const found = this.positions.get(key);
    if (found !== undefined || !add) return found ?? -1;
    return this.append(codes);
  }

  private keyAt(position: number): string {
    let key = String(this.codes[0][position]);
    for (let c = 1; c < this.codes.length; c++) key += `,${this.codes[c][position]}`;
    return key;
  }

  private append(codes: Int32Array): number {
    if (this.count === this.rowsSeen.length) this.reserve(this.count + 1);
    const position = this.count++;
    for (let c = 0; c < codes.length; c++) this.codes[c][position] = codes[c];
    this.positions?.set(codes.join(','), position);
    return position;
  }

  private partIndex(part: Part): number {
    const at = this.partNames.indexOf(part);
    if (at >= 0) return at;
    this.partNames.push(part);
    return this.partColumns.push(new Float64Array(this.rowsSeen.length)) - 1;
  }

  private reserve(size: number): void {
    if (size <= this.rowsSeen.length) return;
    const capacity = Math.max(size, this.rowsSeen.length * 2, 16);
    const grown = <T extends Int32Array | Float64Array | Uint8Array>(array: T, make: (n: number) => T): T => {
      const bigger = make(capacity);
      bigger.set(array);
      return bigger;
    };
    this.codes = this.codes.map((column) => grown(column, (n) => new Int32Array(n)));
    this.partColumns = this.partColumns.map((column) => grown(column, (n) => new Float64Array(n)));
    this.rowsSeen = grown(this.rowsSeen, (n) => new Uint8Array(n));
  }
}

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' of a day given as days since 1970-01-01. */
function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A result's slices: positions in `table`, unordered. */
export interface ResultSlices {
  table: SliceTable;
  positions: Int32Array;
}

/**
 * A result's slices. Without groupBy, a series: one slice per
 * calendar bucket of the period (or the one total), data or not, so a chart needs no gap
 * filling. With groupBy, the groups and buckets that hold data; `fill` adds every calendar bucket
 * of the period for every group seen (value null, n 0). Local hours stay sparse: which wall-clock
 * hours exist on a DST day depends on the site. The slices a filled result needs but `slices`
 * lacks are added, empty, to a copy of it (a filled grid has at most MAX_RESULT_ROWS rows).
 */
export function resultSlices(slices: SliceTable, granularity: Granularity, from: string, to: string, fill: boolean): ResultSlices {
  const grouped = slices.groupBy.length > 0;
  if (granularity === 'HOUR' || (grouped && !fill)) {
    checkSize(slices.size, MAX_SPARSE_RESULT_ROWS);
    return { table: slices, positions: Int32Array.from({ length: slices.size }, (_, position) => position) };
  }
  const table = slices.copy();
  const buckets = isCalendarGranularity(granularity) ? calendarBuckets(granularity, from, to) : [null];
  if (!grouped) return { table, positions: Int32Array.from(buckets, (bucket) => table.slotForBucket(bucket)) };
  // One slice per group seen, in order of first appearance, stands for its group.
  const groups: number[] = [];
  const seen = new Set<string>();
  for (let position = 0; position < table.size; position++) {
    let key = '';
    for (let d = 0; d < table.groupBy.length; d++) key += `${table.code(position, d)},`;
    if (!seen.has(key)) {
      seen.add(key);
      groups.push(position);
    }
  }
  checkSize(groups.length * buckets.length, MAX_RESULT_ROWS);
  const positions = new Int32Array(groups.length * buckets.length);
  let i = 0;
  for (const group of groups) {
    for (const bucket of buckets) positions[i++] = table.slotFor(group, bucket);
  }
  return { table, positions };
}

function checkSize(rows: number, max: number): void {
  if (rows > max) {
    throw userInputError(`the result would have ${rows} rows; at most ${max}: shorten the period, use a coarser granularity or fewer groupBy dimensions`);
  }
}
