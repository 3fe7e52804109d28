/** A value of a CSV cell: text is escaped, numbers are written as they are (never locale-formatted). */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvTable {
  /** File name without extension. */
  name: string;
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

// A spreadsheet runs text starting with these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One cell of RFC 4180 CSV, safe to open in a spreadsheet: text that a spreadsheet would run as a
 * formula gets a leading single quote, and text with a comma, quote, line break or edge space is
 * quoted with its quotes doubled. Numbers are not text a person typed: -2.5 stays a number.
 */
export function escapeCsvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

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
