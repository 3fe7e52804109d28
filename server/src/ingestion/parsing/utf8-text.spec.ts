import { FileFormatError } from '../import-kind';
import { completeUtf8Length, decodeUtf8, firstInvalidUtf8Offset } from './utf8-text';

async function decode(chunks: (number[] | string)[]): Promise<string> {
  async function* source() {
    for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c);
  }
  let text = '';
  for await (const t of decodeUtf8(source())) text += t;
  return text;
}

describe('decodeUtf8', () => {
  it('strips a BOM, also when it arrives split across chunks', async () => {
    expect(await decode([[0xef, 0xbb, 0xbf], 'a,b\n'])).toBe('a,b\n');
    expect(await decode([[0xef], [0xbb, 0xbf, 0x61]])).toBe('a');
    expect(await decode(['\uFEFFx'])).toBe('x');
  });

  it('keeps a character split across chunks whole', async () => {
    const euro = [...Buffer.from('€')]; // 3 bytes
    expect(await decode([[0x61, euro[0]], [euro[1]], [euro[2], 0x62]])).toBe('a€b');
    const emoji = [...Buffer.from('😀')];
    expect(await decode([emoji.slice(0, 3), emoji.slice(3)])).toBe('😀');
  });

  it('names the line of the first invalid byte', async () => {
    const latin1 = [...Buffer.from('a,b\nok,1\n'), 0x63, 0x61, 0x66, 0xe9, 0x0a]; // "café" in Latin-1 on line 3
    await expect(decode([latin1])).rejects.toThrow(FileFormatError);
    await expect(decode([latin1])).rejects.toMatchObject({
      rejections: [{ line: 3, field: null, reason: expect.stringMatching(/not valid UTF-8 \(bytes E9 0A on line 3\).*save it as UTF-8/) }],
    });
    await expect(decode(['line 1\nline 2\n', [0xff]])).rejects.toMatchObject({ rejections: [{ line: 3 }] });
  });

  it('rejects a file ending inside a character', async () => {
    await expect(decode([[0x61, 0xe2, 0x82]])).rejects.toThrow(FileFormatError);
  });

  it('finds complete lengths and invalid offsets', () => {
    expect(completeUtf8Length(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
    expect(completeUtf8Length(Buffer.from('a€'))).toBe(4);
    expect(firstInvalidUtf8Offset(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8Offset(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8Offset(Buffer.from('fine €'))).toBe(-1);
  });
});
