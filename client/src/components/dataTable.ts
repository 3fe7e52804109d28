import type { ReactNode } from 'react';
import type { CsvCell, CsvTable } from '../export/csv';

export interface Column<R> {
  id: string;
  header: string;
  /** The full name when the header is an abbreviation. */
  headerTitle?: string;
  cell: (row: R) => ReactNode;
  /** Without it the column cannot be sorted. */
  sortValue?: (row: R) => string | number | null;
  /** The cell(s) in the CSV export; several for a value with its interval and n. Default: not exported. */
  csv?: (row: R) => CsvCell | readonly CsvCell[];
  /** CSV header(s); default: the column header. */
  csvHeader?: string | readonly string[];
  numeric?: boolean;
  /** The cell that names the row (a <th scope="row">). */
  rowHeader?: boolean;
}

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  column: string;
  direction: SortDirection;
}

/** "csat.desc" ⇄ { column: 'csat', direction: 'desc' }: the form a sort takes in the URL. */
export function parseSort(text: string | null, fallback: SortState): SortState {
  const match = /^([\w-]+)\.(asc|desc)$/.exec(text ?? '');
  return match ? { column: match[1], direction: match[2] as SortDirection } : fallback;
}

export function formatSort(sort: SortState): string {
  return `${sort.column}.${sort.direction}`;
}

/** Clicking a column sorts by it (numbers high to low first, text A to Z); clicking again reverses. */
export function nextSort<R>(current: SortState, column: Column<R>): SortState {
  if (current.column === column.id) return { column: column.id, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column: column.id, direction: column.numeric ? 'desc' : 'asc' };
}

/** Rows in the sort order; missing values last either way, ties kept in their given order. */
export function sortRows<R>(rows: readonly R[], columns: readonly Column<R>[], sort: SortState, locale: string): R[] {
  const column = columns.find((c) => c.id === sort.column);
  if (!column?.sortValue) return [...rows];
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, key: column.sortValue!(row) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
    const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
    return order !== 0 ? sign * order : a.index - b.index;
  });
  return keyed.map((entry) => entry.row);
}

/** The table as shown (its rows in their order, its exported columns) as a CSV table. */
export function tableCsv<R>(name: string, columns: readonly Column<R>[], rows: readonly R[]): CsvTable {
  const exported = columns.filter((column) => column.csv);
  const header = exported.flatMap((column) => {
    const names = column.csvHeader ?? column.header;
    return typeof names === 'string' ? [names] : [...names];
  });
  const body = rows.map((row) =>
    exported.flatMap((column) => {
      const value = column.csv!(row);
      return Array.isArray(value) ? [...value] : [value as CsvCell];
    }),
  );
  return { name, header, rows: body };
}
