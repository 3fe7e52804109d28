import { fireEvent, screen, within } from '@testing-library/react';
import { SITES } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { SitesTable } from './SitesTable';

function cellTexts(row: HTMLElement): string[] {
  return Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? '');
}

describe('SitesTable', () => {
  it('renders one row per site, sorted by name, with country names and UTC offsets', () => {
    renderWithProviders(<SitesTable sites={SITES} caption="Sites of Acme Retail" />);

    const table = screen.getByRole('table', { name: 'Sites of Acme Retail' });
    expect(table.querySelector('caption')?.textContent).toBe('Sites of Acme Retail');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual([
      'Name',
      'Code',
      'City',
      'Country',
      'Region',
      'Time zone',
      'Status',
    ]);
    headers.forEach((header) => expect(header.getAttribute('scope')).toBe('col'));

    const rows = screen.getAllByTestId('site-row');
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Bengaluru Hub',
      'Paris Opéra',
      'Shanghai Pudong',
    ]);
    expect(cellTexts(rows[0])).toEqual([
      'Bengaluru Hub',
      'BLR-01',
      'Bengaluru',
      'India IN',
      'APAC',
      'Asia/KolkataUTC+05:30',
      'Active',
    ]);
    expect(cellTexts(rows[1])[3]).toBe('France FR');
    expect(cellTexts(rows[1])[5]).toMatch(/^Europe\/ParisUTC\+0[12]:00$/);
    expect(cellTexts(rows[2])).toEqual([
      'Shanghai Pudong',
      'SHA-02',
      'Shanghai',
      'China CN',
      '—Not set',
      'Asia/ShanghaiUTC+08:00',
      'Inactive',
    ]);
  });

  it('sorts by a column when its header is clicked, and reverses on a second click', () => {
    renderWithProviders(<SitesTable sites={SITES} caption="Sites" />);
    const names = () => screen.getAllByTestId('site-row').map((row) => within(row).getByRole('rowheader').textContent);
    const timeZoneHeader = screen.getByRole('columnheader', { name: /Time zone/ });

    fireEvent.click(within(timeZoneHeader).getByRole('button'));
    expect(timeZoneHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(names()).toEqual(['Paris Opéra', 'Bengaluru Hub', 'Shanghai Pudong']);

    fireEvent.click(within(timeZoneHeader).getByRole('button'));
    expect(timeZoneHeader.getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Shanghai Pudong', 'Bengaluru Hub', 'Paris Opéra']);
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBeNull();
  });

  it('filters on any column, including the country name, and says when nothing matches', () => {
    const onClearFilter = jest.fn();
    const { rerender } = renderWithProviders(<SitesTable sites={SITES} caption="Sites" filter="india" />);
    expect(screen.getAllByTestId('site-row').map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Bengaluru Hub',
    ]);

    rerender(<SitesTable sites={SITES} caption="Sites" filter="opera" />);
    expect(screen.getAllByTestId('site-row')).toHaveLength(1);

    rerender(<SitesTable sites={SITES} caption="Sites" filter="Lyon" onClearFilter={onClearFilter} />);
    expect(screen.queryAllByTestId('site-row')).toHaveLength(0);
    expect(screen.getByText(/No site matches “Lyon”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(onClearFilter).toHaveBeenCalledTimes(1);
  });
});
