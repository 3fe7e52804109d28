import { Icon } from '../../components/Icon';

export function SortableHeader({
  label,
  direction,
  onSort,
}: {
  label: string;
  /** Set only on the column the table is sorted by. */
  direction: 'asc' | 'desc' | undefined;
  onSort: () => void;
}) {
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined;
  const icon = direction === 'asc' ? 'chevronUp' : direction === 'desc' ? 'chevronDown' : 'chevronUpDown';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className={direction ? 'sort-button is-sorted' : 'sort-button'} onClick={onSort}>
        {label}
        <Icon name={icon} size={14} className="sort-button__icon" />
      </button>
    </th>
  );
}
