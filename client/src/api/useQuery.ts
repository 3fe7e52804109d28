import { useCallback, useEffect, useState } from 'react';
import { gqlRequest, type Variables } from './graphql';
import { cacheKey, cachedData, loadShared } from './queryCache';

export interface QueryResult<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  /** Runs the query again, bypassing the cache (a retry button, or after a change elsewhere). */
  refetch: () => void;
}

interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

export interface QueryOptions {
  /** Do not run (yet): a variable it needs is not known. */
  skip?: boolean;
}

/**
 * Runs a GraphQL query on mount and whenever the query or the variables' values change.
 * While a new run loads, the previous data stays visible (callers show it as refreshing); the
 * answer of an outdated run is ignored, so a slow old response never overwrites a newer one.
 * Fresh answers come from the query cache without a request.
 */
export function useQuery<T, V extends Variables = Variables>(
  query: string,
  variables?: V,
  { skip = false }: QueryOptions = {},
): QueryResult<T> {
  // Compare variables by value: callers may pass a new object literal on every render.
  const variablesKey = JSON.stringify(variables ?? {});
  const key = cacheKey(query, variablesKey);
  const [run, setRun] = useState(0);
  const [state, setState] = useState<QueryState<T>>(() => {
    const cached = skip ? undefined : cachedData<T>(key);
    return { data: cached, error: undefined, loading: !skip && cached === undefined };
  });

  useEffect(() => {
    if (skip) {
      setState((previous) => ({ ...previous, loading: false }));
      return undefined;
    }
    const cached = run === 0 ? cachedData<T>(key) : undefined;
    if (cached !== undefined) {
      setState({ data: cached, error: undefined, loading: false });
      return undefined;
    }
    let current = true;
    setState((previous) => ({ data: previous.data, error: undefined, loading: true }));
    const request = () => gqlRequest<T>(query, JSON.parse(variablesKey) as Variables);
    const pending = loadShared(key, request, run > 0);
    pending.then(
      (data) => {
        if (current) setState({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (!current) return;
        const asError = error instanceof Error ? error : new Error(String(error));
        setState({ data: undefined, error: asError, loading: false });
      },
    );
    return () => {
      current = false;
    };
  }, [query, variablesKey, key, run, skip]);

  const refetch = useCallback(() => setRun((count) => count + 1), []);
  return { ...state, refetch };
}
