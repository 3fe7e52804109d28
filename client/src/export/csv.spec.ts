import { escapeCsvCell, exportFileName, toCsv } from './csv';

describe('escapeCsvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tindented', "'\tindented"],
    ['\rcarriage', `"'\rcarriage"`],
  ])('neutralises a formula-like text %p', (cell, expected) => {
    expect(escapeCsvCell(cell)).toBe(expected);
  });

  it('quotes text with commas, quotes, line breaks or edge spaces, doubling quotes', () => {
    expect(escapeCsvCell('Kraków, PL')).toBe('"Kraków, PL"');
    expect(escapeCsvCell('He said "fine"')).toBe('"He said ""fine"""');
    expect(escapeCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(escapeCsvCell(' padded')).toBe('" padded"');
    expect(escapeCsvCell('plain')).toBe('plain');
    expect(escapeCsvCell('满意')).toBe('满意');
  });

  it('writes numbers as numbers (a negative number is not a formula), and empties for missing values', () => {
    expect(escapeCsvCell(-2.5)).toBe('-2.5');
    expect(escapeCsvCell(0)).toBe('0');
    expect(escapeCsvCell(Number.NaN)).toBe('');
    expect(escapeCsvCell(null)).toBe('');
    expect(escapeCsvCell(undefined)).toBe('');
    expect(escapeCsvCell(true)).toBe('true');
  });
});

describe('toCsv', () => {
  it('joins a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['site', 'CSAT (%)'],
        [
          ['Manila', 65.1],
          ['=cmd', null],
        ],
      ),
    ).toBe("site,CSAT (%)\r\nManila,65.1\r\n'=cmd,\r\n");
  });
});

describe('exportFileName', () => {
  it('keeps only safe characters', () => {
    expect(exportFileName(['Sites', 'Bogotá / Chapinero', '2026-10-01_2026-10-31'])).toBe(
      'cxlens-sites-bogota-chapinero-2026-10-01_2026-10-31',
    );
  });
});
