import { useCallback, useEffect, useState } from 'react';
import { gqlRequest, type Variables } from './graphql';

export interface QueryResult<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  /** Runs the query again (a retry button, or after a change elsewhere). */
  refetch: () => void;
}

interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

/**
 * Runs a GraphQL query on mount and whenever the query or the variables' values change.
 * While a new run loads, the previous data stays visible; an outdated run is aborted and its
 * answer ignored, so a slow old response never overwrites a newer one.
 */
export function useQuery<T, V extends Variables = Variables>(query: string, variables?: V): QueryResult<T> {
  // Compare variables by value: callers may pass a new object literal on every render.
  const variablesKey = JSON.stringify(variables ?? {});
  const [run, setRun] = useState(0);
  const [state, setState] = useState<QueryState<T>>({ data: undefined, error: undefined, loading: true });

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, error: undefined, loading: true }));
    gqlRequest<T>(query, JSON.parse(variablesKey) as Variables, { signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const asError = error instanceof Error ? error : new Error(String(error));
        setState({ data: undefined, error: asError, loading: false });
      },
    );
    return () => controller.abort();
  }, [query, variablesKey, run]);

  const refetch = useCallback(() => setRun((count) => count + 1), []);
  return { ...state, refetch };
}
