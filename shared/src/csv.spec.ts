import { csvCell, csvLine } from './csv';

describe('csvCell', () => {
  it('neutralises formulas so spreadsheets show them as text', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
  });
  it('keeps numbers (negative ones too) and plain text as they are, quoting only when needed', () => {
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe('');
    expect([csvCell(NaN), csvCell(Infinity), csvCell(undefined)]).toEqual(['', '', '']);
    expect(csvLine(['a', 1, null, true])).toBe('a,1,,true\r\n');
  });
});
