import { nextSort, parseSort, sortRows, tableCsv, type Column } from './dataTable';

interface Row {
  name: string;
  value: number | null;
}

const columns: Column<Row>[] = [
  { id: 'name', header: 'Name', cell: (r) => r.name, sortValue: (r) => r.name, csv: (r) => r.name },
  { id: 'value', header: 'Value', numeric: true, cell: (r) => r.value, sortValue: (r) => r.value, csv: (r) => [r.value, r.value === null ? null : r.value * 2], csvHeader: ['Value', 'Double'] },
  { id: 'chart', header: 'Chart', cell: () => null },
];
const rows: Row[] = [
  { name: 'beta', value: 2 },
  { name: 'Alpha', value: null },
  { name: 'gamma', value: 10 },
];

describe('table sorting', () => {
  it('sorts text case-insensitively and numbers numerically, missing values last both ways', () => {
    expect(sortRows(rows, columns, { column: 'name', direction: 'asc' }, 'en').map((r) => r.name)).toEqual(['Alpha', 'beta', 'gamma']);
    expect(sortRows(rows, columns, { column: 'value', direction: 'desc' }, 'en').map((r) => r.name)).toEqual(['gamma', 'beta', 'Alpha']);
    expect(sortRows(rows, columns, { column: 'value', direction: 'asc' }, 'en').map((r) => r.name)).toEqual(['beta', 'gamma', 'Alpha']);
  });

  it('starts numbers high to low and text A to Z, and reverses on a second click', () => {
    expect(nextSort({ column: 'name', direction: 'asc' }, columns[1])).toEqual({ column: 'value', direction: 'desc' });
    expect(nextSort({ column: 'value', direction: 'desc' }, columns[1])).toEqual({ column: 'value', direction: 'asc' });
  });

  it('reads a sort from the URL, falling back when malformed', () => {
    expect(parseSort('value.asc', { column: 'name', direction: 'asc' })).toEqual({ column: 'value', direction: 'asc' });
    expect(parseSort('value.sideways', { column: 'name', direction: 'asc' })).toEqual({ column: 'name', direction: 'asc' });
  });
});

describe('tableCsv', () => {
  it('exports the rows in the order shown, with the exported columns only', () => {
    const sorted = sortRows(rows, columns, { column: 'value', direction: 'desc' }, 'en');
    expect(tableCsv('x', columns, sorted)).toEqual({
      name: 'x',
      header: ['Name', 'Value', 'Double'],
      rows: [
        ['gamma', 10, 20],
        ['beta', 2, 4],
        ['Alpha', null, null],
      ],
    });
  });
});
