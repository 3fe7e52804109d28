import { useCallback, useMemo } from 'react';
import { useUrlParam } from '../filters/useFilters';
import { formatSort, parseSort, type SortState } from './dataTable';

/** A table's sort order, kept in the URL under `param` so a shared link shows the same order. */
export function useTableSort(param: string, fallback: SortState): [SortState, (sort: SortState) => void] {
  const fallbackText = formatSort(fallback);
  const [text, setText] = useUrlParam(param, fallbackText);
  const sort = useMemo(() => parseSort(text, parseSort(fallbackText, fallback)), [text, fallbackText]); // fallback is read through its text
  const setSort = useCallback((next: SortState) => setText(formatSort(next)), [setText]);
  return [sort, setSort];
}
