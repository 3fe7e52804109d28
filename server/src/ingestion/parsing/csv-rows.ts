import { FileFormatError } from '../import-kind';
import { CsvScanner, CsvSyntaxError } from './csv-scanner';

/** One CSV record with the file line it starts on (quoted newlines make records span lines). */
export interface CsvRow {
  line: number;
  fields: string[];
}

/** Big enough for a 10 MB comment; beyond it a record is most likely a quote that never closes. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

const CANDIDATE_DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter used most often outside quotes in the header line (`,` on a tie). */
export function sniffDelimiter(headerLine: string): string {
  const counts = new Map<string, number>(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const d of CANDIDATE_DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** Index just past the first line break outside quotes, or -1 when the header line is not complete yet. */
function headerEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') return i + 1;
  }
  return -1;
}

function countNewlines(fields: string[]): number {
  let n = 0;
  for (const f of fields) {
    for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) n++;
  }
  return n;
}

const CSV_ERROR_REASONS: Record<CsvSyntaxError['code'], string> = {
  CSV_MAX_RECORD_SIZE: `a record is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MB; most likely a quoted field never closes`,
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is still open at the end of the file (a closing " is missing)',
};

function csvError(error: CsvSyntaxError): FileFormatError {
  return new FileFormatError([{ line: error.lines, field: null, value: null, reason: CSV_ERROR_REASONS[error.code] }]);
}

/**
 * Streams CSV records (the header first), a batch per chunk of text: the
 * delimiter (`,` `;` or tab) is sniffed from the header line, quoted fields
 * may hold delimiters, quotes and newlines, blank lines are skipped. Each
 * record carries the line it starts on.
 */
export async function* csvRowBatches(text: AsyncIterable<string>, maxRecordBytes = MAX_RECORD_BYTES): AsyncGenerator<CsvRow[]> {
  const source = text[Symbol.asyncIterator]();
  let head = '';
  try {
    while (headerEnd(head) === -1 && head.length <= maxRecordBytes) {
      const next = await source.next();
      if (next.done) break;
      head += next.value;
    }
    if (head.trim() === '') return;
    const end = headerEnd(head);
    const scanner = new CsvScanner(sniffDelimiter(end === -1 ? head : head.slice(0, end)), maxRecordBytes);
    let line = 0;
    const records: string[][] = [];
    const rows = (): CsvRow[] => {
      const batch: CsvRow[] = [];
      for (const fields of records) {
        const start = line + 1;
        line = start + countNewlines(fields);
        if (fields.length === 1 && fields[0] === '') continue; // blank line
        batch.push({ line: start, fields });
      }
      records.length = 0;
      return batch;
    };
    try {
      scanner.push(head, records);
      for (;;) {
        if (records.length) {
          const batch = rows();
          if (batch.length) yield batch;
        }
        const next = await source.next();
        if (next.done) break;
        scanner.push(next.value, records);
      }
      scanner.end(records);
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw csvError(error);
      throw error;
    }
    const last = rows();
    if (last.length) yield last;
  } finally {
    await source.return?.();
  }
}

/** Record by record (for callers that do not need batches). */
export async function* csvRows(text: AsyncIterable<string>, maxRecordBytes = MAX_RECORD_BYTES): AsyncGenerator<CsvRow> {
  for await (const batch of csvRowBatches(text, maxRecordBytes)) yield* batch;
}
