import { useId, type ReactNode } from 'react';
import { nextSort, type Column, type SortState } from './dataTable';
import { SortableHeader } from './SortableHeader';

export interface DataTableProps<R> {
  caption: string;
  /** Visually hidden caption (the card title already says it). */
  hideCaption?: boolean;
  columns: readonly Column<R>[];
  /** Already sorted (see sortRows), so the CSV export can use the same order. */
  rows: readonly R[];
  rowKey: (row: R) => string;
  sort?: SortState;
  onSort?: (sort: SortState) => void;
  rowClassName?: (row: R) => string | undefined;
  testId?: string;
  empty?: ReactNode;
}

export function DataTable<R>({ caption, hideCaption = false, columns, rows, rowKey, sort, onSort, rowClassName, testId, empty }: DataTableProps<R>) {
  const captionId = useId();
  return (
    // Focusable so keyboard users can scroll the table sideways on narrow screens.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId} className={hideCaption ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortableHeader
                key={column.id}
                label={column.header}
                title={column.headerTitle}
                numeric={column.numeric}
                direction={sort?.column === column.id ? sort.direction : undefined}
                onSort={onSort && column.sortValue && sort ? () => onSort(nextSort(sort, column)) : undefined}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={testId} className={rowClassName?.(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.id} scope="row" className="data-table__primary">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.id} className={column.numeric ? 'is-numeric' : undefined}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length} className="data-table__no-match">
                {empty}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
