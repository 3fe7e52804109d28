/** A GraphQL answer per operation name: data, a function of the variables, or an error message. */
export type OperationHandler = unknown | ((variables: Record<string, unknown>) => unknown) | { errors: string[] };

export interface GraphQLCall {
  operation: string;
  variables: Record<string, unknown>;
}

/**
 * Replaces fetch with a fake /graphql that answers by operation name (`query Summary(…)` →
 * handlers.Summary); an operation without a handler fails the way the server would. Returns the
 * calls made, for assertions on the variables sent.
 */
export function mockGraphQL(handlers: Record<string, OperationHandler>): GraphQLCall[] {
  const calls: GraphQLCall[] = [];
  globalThis.fetch = jest.fn(async (_url: unknown, init?: RequestInit) => {
    const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    calls.push({ operation, variables });
    const handler = handlers[operation];
    let body: unknown;
    if (handler === undefined) body = { errors: [{ message: `Cannot query field for operation "${operation}"` }] };
    else if (handler && typeof handler === 'object' && 'errors' in handler) body = { errors: (handler as { errors: string[] }).errors.map((message) => ({ message })) };
    else body = { data: typeof handler === 'function' ? (handler as (v: Record<string, unknown>) => unknown)(variables) : handler };
    return { ok: true, status: 200, statusText: 'OK', text: async () => JSON.stringify(body) } as Response;
  }) as unknown as typeof fetch;
  return calls;
}
