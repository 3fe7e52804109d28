import { FileFormatError } from '../import-kind';
import { csvRows, sniffDelimiter } from './csv-rows';
import { ndjsonRows } from './ndjson-rows';

async function* chunks(text: string, size = 7): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function rows(text: string, size?: number) {
  const out = [];
  for await (const r of csvRows(chunks(text, size))) out.push(r);
  return out;
}

describe('csvRows', () => {
  it('sniffs the delimiter from the header, ignoring quoted ones', () => {
    expect(sniffDelimiter('a,b,c')).toBe(',');
    expect(sniffDelimiter('a;b;c')).toBe(';');
    expect(sniffDelimiter('"x,y";b;c')).toBe(';');
    expect(sniffDelimiter('a\tb')).toBe('\t');
    expect(sniffDelimiter('single')).toBe(',');
  });

  it('reads ; files and gives each record the line it starts on', async () => {
    const text = 'id;comment\n1;"two\nlines"\n\n2;"say ""hi""; ok"\r\n3;x';
    expect(await rows(text)).toEqual([
      { line: 1, fields: ['id', 'comment'] },
      { line: 2, fields: ['1', 'two\nlines'] },
      { line: 5, fields: ['2', 'say "hi"; ok'] },
      { line: 6, fields: ['3', 'x'] },
    ]);
  });

  it('handles a quoted newline inside the header and chunks of one character', async () => {
    expect(await rows('"a\nb",c\n1,2\n', 1)).toEqual([
      { line: 1, fields: ['a\nb', 'c'] },
      { line: 3, fields: ['1', '2'] },
    ]);
  });

  it('yields nothing for an empty or blank file', async () => {
    expect(await rows('')).toEqual([]);
    expect(await rows('\n\n')).toEqual([]);
  });

  it('reports an unclosed quote as a file error', async () => {
    await expect(rows('a,b\n1,"open\n2,3\n')).rejects.toThrow(FileFormatError);
    await expect(rows('a,b\n1,"open\n2,3\n')).rejects.toMatchObject({ rejections: [{ reason: expect.stringMatching(/closing " is missing/) }] });
  });

  it('accepts stray quotes inside unquoted fields (5" screen)', async () => {
    expect((await rows('a,b\n5" screen,2\n'))[1].fields).toEqual(['5" screen', '2']);
  });
});

describe('ndjsonRows', () => {
  it('yields objects with their line, and bad lines as row problems', async () => {
    const out = [];
    for await (const r of ndjsonRows(chunks('{"a":1}\n\nnot json\n[1]\n{"b":"x"}', 5))) out.push(r);
    expect(out).toEqual([
      { line: 1, object: { a: 1 } },
      { line: 3, error: expect.stringMatching(/^not valid JSON/) },
      { line: 4, error: 'each line must be a JSON object, got an array' },
      { line: 5, object: { b: 'x' } },
    ]);
  });
});
