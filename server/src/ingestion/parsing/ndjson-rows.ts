import { FileFormatError } from '../import-kind';
import { MAX_RECORD_BYTES } from './csv-rows';

/** One NDJSON line: an object, or why it is not one. */
export type NdjsonRow = { line: number; object: Record<string, unknown> } | { line: number; error: string };

function parseLine(line: number, text: string): NdjsonRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, error: `not valid JSON (${(error as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { line, error: `each line must be a JSON object, got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}` };
  }
  return { line, object: value as Record<string, unknown> };
}

/**
 * Streams newline-delimited JSON objects, a batch per chunk of text; blank
 * lines are skipped, a bad line is a row problem, not a file problem.
 */
export async function* ndjsonRowBatches(text: AsyncIterable<string>, maxLineBytes = MAX_RECORD_BYTES): AsyncGenerator<NdjsonRow[]> {
  let pending = '';
  let line = 0;
  for await (const chunk of text) {
    pending += chunk;
    let newline: number;
    let from = 0;
    const batch: NdjsonRow[] = [];
    while ((newline = pending.indexOf('\n', from)) !== -1) {
      line++;
      const body = pending.slice(from, newline).trim();
      from = newline + 1;
      if (body) batch.push(parseLine(line, body));
    }
    pending = pending.slice(from);
    if (batch.length) yield batch;
    if (pending.length > maxLineBytes) {
      throw new FileFormatError([{ line: line + 1, field: null, value: null, reason: `a line is longer than ${maxLineBytes / 1024 / 1024} MB` }]);
    }
  }
  if (pending.trim()) yield [parseLine(line + 1, pending.trim())];
}

/** Line by line (for callers that do not need batches). */
export async function* ndjsonRows(text: AsyncIterable<string>, maxLineBytes = MAX_RECORD_BYTES): AsyncGenerator<NdjsonRow> {
  for await (const batch of ndjsonRowBatches(text, maxLineBytes)) yield* batch;
}

/** NDJSON values as the text a CSV cell would hold, so both formats share one validation. */
export function jsonValueAsText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
