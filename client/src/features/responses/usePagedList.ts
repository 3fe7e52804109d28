import { useCallback, useEffect, useState } from 'react';

/**
 * Cursor pagination for a list query: the cursors of the pages visited, so "previous" goes back
 * without the API having to page backwards. Starts over when `resetKey` (the filters) changes.
 */
export function usePagedList(resetKey: string) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [resetKey]);
  const page = cursors.length;
  const after = cursors[cursors.length - 1];
  const next = useCallback((endCursor: string | null) => endCursor && setCursors((list) => [...list, endCursor]), []);
  const previous = useCallback(() => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)), []);
  return { page, after, next, previous };
}
