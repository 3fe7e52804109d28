import type { StagedValue } from '../validation/kind-definition';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const SPECIAL = /[\\\t\n\r]/;

/**
 * One row in PostgreSQL's COPY text format: tab-separated, \N for null,
 * backslash escapes; `first` (the line number) leads, so no array is copied.
 */
export function copyTextLine(first: number, values: readonly StagedValue[]): string {
  let line = String(first);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    line += '\t';
    if (v === null) line += '\\N';
    else if (typeof v === 'boolean') line += v ? 't' : 'f';
    else if (typeof v === 'number') line += String(v);
    else line += SPECIAL.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : v;
  }
  return `${line}\n`;
}
