import { FileFormatError } from '../import-kind';

const BOM = [0xef, 0xbb, 0xbf];
const NEWLINE = 0x0a;

export interface ByteCounter {
  bytes: number;
}

/** How many leading bytes of `buf` form complete UTF-8 sequences (a split character waits for the next chunk). */
export function completeUtf8Length(buf: Uint8Array): number {
  const end = buf.length;
  for (let back = 1; back <= Math.min(3, end); back++) {
    const b = buf[end - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep walking back to the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? end - back : end;
  }
  return end;
}

/** Offset of the first byte that is not valid UTF-8 (for the error message), or -1. */
export function firstInvalidUtf8Offset(buf: Uint8Array): number {
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= buf.length) return i; // truncated sequence
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      if ((buf[i + k] & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (buf[i + k] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function countNewlines(buf: Uint8Array, end = buf.length): number {
  let n = 0;
  for (let i = buf.indexOf(NEWLINE); i !== -1 && i < end; i = buf.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

function invalidUtf8(buf: Uint8Array, linesBefore: number): FileFormatError {
  const at = Math.max(0, firstInvalidUtf8Offset(buf));
  const hex = Array.from(buf.subarray(at, at + 4), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  const line = linesBefore + countNewlines(buf, at) + 1;
  return new FileFormatError([
    {
      line,
      field: null,
      value: null,
      reason: `the file is not valid UTF-8 (bytes ${hex} on line ${line}); save it as UTF-8 (in Excel: "CSV UTF-8") and import it again`,
    },
  ]);
}

/**
 * Decodes a byte stream as strict UTF-8: strips a leading BOM, keeps a
 * character split across chunks for the next chunk, and stops with a
 * FileFormatError naming the line of the first invalid byte (never a silent
 * replacement character in the data).
 */
export async function* decodeUtf8(chunks: AsyncIterable<Uint8Array>, counter: ByteCounter = { bytes: 0 }): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let carry: Uint8Array = new Uint8Array(0);
  let lines = 0;
  let start = true;
  for await (const raw of chunks) {
    counter.bytes += raw.length;
    let buf: Uint8Array = carry.length ? Buffer.concat([carry, raw]) : raw;
    if (start) {
      if (buf.length < BOM.length && BOM.slice(0, buf.length).every((b, i) => buf[i] === b)) {
        carry = buf; // could still be a BOM: wait for more bytes
        continue;
      }
      if (BOM.every((b, i) => buf[i] === b)) buf = buf.subarray(BOM.length);
      start = false;
    }
    const complete = completeUtf8Length(buf);
    carry = buf.slice(complete);
    const body = buf.subarray(0, complete);
    let text: string;
    try {
      text = decoder.decode(body);
    } catch {
      throw invalidUtf8(body, lines);
    }
    lines += countNewlines(body);
    if (text) yield text;
  }
  if (carry.length) throw invalidUtf8(carry, lines);
}
