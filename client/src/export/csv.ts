import { csvCell } from '@cxlens/shared';

/** A value of a CSV cell: text is escaped, numbers are written as they are (never locale-formatted). */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvTable {
  /** File name without extension. */
  name: string;
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/** One cell of RFC 4180 CSV, safe to open in a spreadsheet: the same rule as the server's exports. */
export const escapeCsvCell: (cell: CsvCell) => string = csvCell;

/** A whole table as CSV text: CRLF line ends, no byte-order mark. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(escapeCsvCell).join(',')).join('\r\n') + '\r\n';
}

/** A file name made only of safe characters: "cxlens-sites-2026-10-01_2026-10-31". */
export function exportFileName(parts: readonly (string | null | undefined)[]): string {
  return ['cxlens', ...parts]
    .filter((part): part is string => Boolean(part))
    .map((part) =>
      part
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .toLowerCase(),
    )
    .filter(Boolean)
    .join('-');
}
