import { FileFormatError, ImportFormat, Rejection, SourceRecord } from './import-kind';
import { MappingSpec } from './mapping/mapping-spec';
import { HeaderProblem, RecordMapper } from './mapping/record-mapper';
import { csvRowBatches } from './parsing/csv-rows';
import { jsonValueAsText, ndjsonRowBatches } from './parsing/ndjson-rows';
import { ByteCounter, decodeUtf8 } from './parsing/utf8-text';
import { KindDefinition } from './validation/kind-definition';

/** Records come in batches (a batch per chunk of the upload): no promise per row. */
export type RecordBatches = AsyncIterable<readonly SourceRecord[]> | Iterable<readonly SourceRecord[]>;

const atLine = (line: number, problems: HeaderProblem[]): Rejection[] => problems.map((p) => ({ line, ...p }));

async function* csvRecords(text: AsyncIterable<string>, kind: KindDefinition, spec: MappingSpec): AsyncGenerator<SourceRecord[]> {
  let mapper: RecordMapper | null = null;
  for await (const rows of csvRowBatches(text)) {
    let from = 0;
    if (!mapper) {
      const built = RecordMapper.build(kind, rows[0].fields, spec);
      if (Array.isArray(built)) throw new FileFormatError(atLine(rows[0].line, built));
      mapper = built;
      from = 1;
    }
    const batch: SourceRecord[] = [];
    for (let i = from; i < rows.length; i++) batch.push(mapper.map(rows[i].line, rows[i].fields));
    if (batch.length) yield batch;
  }
  if (!mapper) throw new FileFormatError([{ line: 1, field: null, value: null, reason: 'the file is empty: a CSV import needs a header row naming its columns' }]);
}

const MAX_CACHED_KEY_SETS = 256;

async function* ndjsonRecords(text: AsyncIterable<string>, kind: KindDefinition, spec: MappingSpec): AsyncGenerator<SourceRecord[]> {
  // Lines usually share their keys: build the mapping once per key set.
  const mappers = new Map<string, RecordMapper | HeaderProblem[]>();
  for await (const rows of ndjsonRowBatches(text)) {
    const batch: SourceRecord[] = [];
    for (const row of rows) {
      if ('error' in row) {
        batch.push({ line: row.line, values: {}, problems: [{ line: row.line, field: null, value: null, reason: row.error }] });
        continue;
      }
      const keys = Object.keys(row.object);
      const signature = keys.join('\u0000');
      let mapper = mappers.get(signature);
      if (!mapper) {
        mapper = RecordMapper.build(kind, keys, spec);
        if (mappers.size < MAX_CACHED_KEY_SETS) mappers.set(signature, mapper);
      }
      if (Array.isArray(mapper)) batch.push({ line: row.line, values: {}, problems: atLine(row.line, mapper) });
      else batch.push(mapper.map(row.line, keys.map((k) => jsonValueAsText(row.object[k]))));
    }
    yield batch;
  }
}

/** Bytes of an uploaded file → batches of mapped records, streaming (decode, parse, map). */
export function fileRecordBatches(
  body: AsyncIterable<Uint8Array>,
  format: ImportFormat,
  kind: KindDefinition,
  spec: MappingSpec,
  counter?: ByteCounter,
): AsyncGenerator<SourceRecord[]> {
  const text = decodeUtf8(body, counter);
  return format === 'csv' ? csvRecords(text, kind, spec) : ndjsonRecords(text, kind, spec);
}

/** Record by record (for callers that do not need batches). */
export async function* fileRecords(
  body: AsyncIterable<Uint8Array>,
  format: ImportFormat,
  kind: KindDefinition,
  spec: MappingSpec,
  counter?: ByteCounter,
): AsyncGenerator<SourceRecord> {
  for await (const batch of fileRecordBatches(body, format, kind, spec, counter)) yield* batch;
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** GraphQL inputs (camelCase, typed) → the same records a file gives, so one validation serves both. */
export function inputRecords(inputs: readonly object[]): SourceRecord[] {
  return inputs.map((input, index) => ({
    line: index,
    values: Object.fromEntries(Object.entries(input).map(([key, value]) => [snakeCase(key), jsonValueAsText(value)])),
  }));
}
