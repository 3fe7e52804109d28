import { parse } from 'csv-parse/sync';
import { CsvScanner, CsvSyntaxError } from './csv-scanner';

type Outcome = { records: string[][] } | { error: string; lines: number };

/** What csv-parse answers with the options imports used to give it. */
function csvParse(text: string, delimiter: string, maxRecordBytes: number): Outcome {
  try {
    const records = parse(text, {
      delimiter, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, relax_quotes: true, max_record_size: maxRecordBytes,
    }) as string[][];
    return { records };
  } catch (error) {
    const e = error as { code: string; lines: number };
    return { error: e.code, lines: e.lines };
  }
}

function scan(chunks: string[], delimiter: string, maxRecordBytes: number): Outcome {
  const scanner = new CsvScanner(delimiter, maxRecordBytes);
  const records: string[][] = [];
  try {
    for (const chunk of chunks) scanner.push(chunk, records);
    scanner.end(records);
    return { records };
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { error: error.code, lines: error.lines };
  }
}

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = ['a', 'b', 'x', ',', ';', '"', '"', '"', '\n', '\r', '\r\n', ' ', 'é', '😀'];

function splitRandomly(text: string, next: () => number): string[] {
  const chunks: string[] = [];
  let at = 0;
  while (at < text.length) {
    const size = 1 + Math.floor(next() * 6);
    chunks.push(text.slice(at, at + size));
    at += size;
  }
  return chunks;
}

describe('CsvScanner', () => {
  it('reads what csv-parse reads, and fails where and how it fails, on random text in random chunks', () => {
    for (let seed = 1; seed <= 20_000; seed++) {
      const next = random(seed);
      const length = Math.floor(next() * 30);
      let text = '';
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const delimiter = next() < 0.5 ? ',' : ';';
      const max = next() < 0.3 ? 4 + Math.floor(next() * 12) : 1000;
      const expected = csvParse(text, delimiter, max);
      const whole = scan([text], delimiter, max);
      const chunked = scan(splitRandomly(text, next), delimiter, max);
      if (JSON.stringify(whole) !== JSON.stringify(expected) || JSON.stringify(chunked) !== JSON.stringify(expected)) {
        // A readable failure: the seed, the text and the three answers.
        expect({ seed, text, delimiter, max, whole, chunked }).toEqual({ seed, text, delimiter, max, whole: expected, chunked: expected });
      }
    }
  });

  it('keeps a record whole across chunks, quotes, escapes and line breaks included', () => {
    const chunks = ['a,"b', '""c', '"\r', '\nd,', 'e\r', '', '\r\n"f\n', 'g"'];
    const expected = { records: [['a', 'b"c'], ['d', 'e'], [''], ['f\ng']] };
    expect(csvParse(chunks.join(''), ',', 1000)).toEqual(expected);
    expect(scan(chunks, ',', 1000)).toEqual(expected);
  });
});
