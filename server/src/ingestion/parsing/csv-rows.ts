import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { FileFormatError } from '../import-kind';

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

const CSV_ERROR_REASONS: Record<string, string> = {
  CSV_MAX_RECORD_SIZE: `a record is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MB; most likely a quoted field never closes`,
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is still open at the end of the file (a closing " is missing)',
  CSV_INVALID_CLOSING_QUOTE: 'a quote inside a quoted field must be doubled ("")',
};

function csvError(error: { code?: string; message: string; lines?: number }): FileFormatError {
  const reason = CSV_ERROR_REASONS[error.code ?? ''] ?? `CSV syntax error: ${error.message}`;
  return new FileFormatError([{ line: error.lines ?? 0, field: null, value: null, reason }]);
}

/** The text read while sniffing, then the rest; closing it closes the source too. */
async function* prepend(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  if (first) yield first;
  yield* { [Symbol.asyncIterator]: () => rest };
}

/**
 * Streams CSV records (the header first) from decoded text: the delimiter
 * (`,` `;` or tab) is sniffed from the header line, quoted fields may hold
 * delimiters, quotes and newlines, blank lines are skipped.
 */
export async function* csvRows(text: AsyncIterable<string>, maxRecordBytes = MAX_RECORD_BYTES): AsyncGenerator<CsvRow> {
  const source = text[Symbol.asyncIterator]();
  let head = '';
  while (headerEnd(head) === -1 && head.length <= maxRecordBytes) {
    const next = await source.next();
    if (next.done) break;
    head += next.value;
  }
  if (head.trim() === '') return;
  const end = headerEnd(head);
  const parser = parse({
    delimiter: sniffDelimiter(end === -1 ? head : head.slice(0, end)),
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: maxRecordBytes,
  });
  const feeding = pipeline(Readable.from(prepend(head, source)), parser);
  feeding.catch(() => undefined); // surfaced through the iteration below
  let line = 0;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      const start = line + 1;
      line = start + countNewlines(fields);
      if (fields.length === 1 && fields[0] === '') continue; // blank line
      yield { line: start, fields };
    }
    await feeding;
  } catch (error) {
    if (error instanceof FileFormatError) throw error;
    if (typeof (error as { code?: unknown }).code === 'string' && String((error as { code: string }).code).startsWith('CSV_')) {
      throw csvError(error as { code: string; message: string; lines?: number });
    }
    throw error;
  }
}
