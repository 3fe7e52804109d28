import { useCallback, useRef, useState } from 'react';
import { gqlRequest, type Variables } from './graphql';

export interface MutationState {
  running: boolean;
  error: Error | undefined;
}

/**
 * A GraphQL mutation to run on demand: `run` resolves with its data, or with undefined after a
 * failure, which `error` then holds (forms show it beside the button that caused it).
 */
export function useMutation<T, V extends Variables = Variables>(document: string) {
  const [state, setState] = useState<MutationState>({ running: false, error: undefined });
  const latest = useRef(0);
  const run = useCallback(
    async (variables: V): Promise<T | undefined> => {
      const call = ++latest.current;
      setState({ running: true, error: undefined });
      try {
        const data = await gqlRequest<T, V>(document, variables);
        if (call === latest.current) setState({ running: false, error: undefined });
        return data;
      } catch (error) {
        if (call === latest.current) setState({ running: false, error: error instanceof Error ? error : new Error(String(error)) });
        return undefined;
      }
    },
    [document],
  );
  const reset = useCallback(() => setState({ running: false, error: undefined }), []);
  return { run, reset, ...state };
}
