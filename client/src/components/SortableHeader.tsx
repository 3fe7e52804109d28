import { Icon } from './Icon';

export function SortableHeader({
  label,
  direction,
  onSort,
  numeric = false,
  title,
}: {
  label: string;
  title?: string;
  /** Set only on the column the table is sorted by. */
  direction: 'asc' | 'desc' | undefined;
  onSort?: () => void;
  numeric?: boolean;
}) {
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined;
  const icon = direction === 'asc' ? 'chevronUp' : direction === 'desc' ? 'chevronDown' : 'chevronUpDown';
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? 'is-numeric' : undefined} title={title}>
      {onSort ? (
        <button type="button" className={direction ? 'sort-button is-sorted' : 'sort-button'} onClick={onSort}>
          {label}
          <Icon name={icon} size={14} className="sort-button__icon" />
        </button>
      ) : (
        <span className="sort-button">{label}</span>
      )}
    </th>
  );
}
