import { oneByte, serialisedData, stringifyResult, whenSerialised } from './serialised-answers';

describe('stringifyResult', () => {
  it('serialises as Apollo does by default: JSON and a newline', () => {
    expect(stringifyResult({ data: { a: [1, 'é'] } })).toBe('{"data":{"a":[1,"é"]}}\n');
    expect(stringifyResult({ errors: [{ message: 'no' }] })).toBe('{"errors":[{"message":"no"}]}\n');
  });

  it('escapes characters above U+00FF, so the text is the same JSON value at one byte per character', () => {
    const data = { variant: 'ratings 4–5', site: 'Łódź', mark: '“ok” 😀', latin: 'é' };
    const text = stringifyResult({ data });
    expect(text).toBe('{"data":{"variant":"ratings 4\\u20135","site":"\\u0141ód\\u017a","mark":"\\u201cok\\u201d \\ud83d\\ude00","latin":"é"}}\n');
    expect(JSON.parse(text)).toEqual({ data });
    expect(oneByte('plain')).toBe('plain');
  });

  it('hands the text of a registered answer to its store once, and never one sent with errors or extensions', () => {
    const stored: string[] = [];
    const data = { sites: [{ id: '1' }] };
    whenSerialised(data, (text) => stored.push(text));
    const text = stringifyResult({ errors: undefined, data, extensions: undefined });
    expect(stored).toEqual([text]);
    stringifyResult({ data });
    expect(stored).toHaveLength(1);

    const withErrors = { sites: null };
    whenSerialised(withErrors, (t) => stored.push(t));
    stringifyResult({ errors: [{ message: 'partial' }], data: withErrors });
    const withExtensions = { sites: [] };
    whenSerialised(withExtensions, (t) => stored.push(t));
    stringifyResult({ data: withExtensions, extensions: { traced: true } });
    expect(stored).toHaveLength(1);
  });

  it('sends a stored text as it is, and rebuilds a correct answer if errors or extensions were added to it', () => {
    const text = stringifyResult({ data: { n: 8 } });
    expect(stringifyResult({ errors: undefined, data: serialisedData(text), extensions: undefined })).toBe(text);
    expect(stringifyResult({ data: serialisedData(text), extensions: { x: 1 } })).toBe('{"data":{"n":8},"extensions":{"x":1}}\n');
    expect(stringifyResult({ errors: [{ message: 'late' }], data: serialisedData(text) })).toBe('{"errors":[{"message":"late"}],"data":{"n":8}}\n');
  });
});
