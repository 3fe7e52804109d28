/** What the mocked /graphql endpoint answers: a GraphQL body, optionally with an HTTP status. */
export interface MockAnswer {
  body: unknown;
  status?: number;
}

/**
 * Replaces global fetch with a mock answering each call with the next answer (the last one
 * repeats). Returns the mock so tests can count calls and read the posted bodies.
 */
export function mockFetch(...answers: MockAnswer[]): jest.Mock {
  let call = 0;
  const mock = jest.fn(async () => {
    const answer = answers[Math.min(call, answers.length - 1)];
    call += 1;
    const status = answer.status ?? 200;
    return {
      ok: status >= 200 && status < 300,
      status,
      statusText: status === 200 ? 'OK' : 'Error',
      text: async () => (typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)),
    } as Response;
  });
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
}

/** A fetch that never settles, for asserting on loading states. */
export function mockPendingFetch(): jest.Mock {
  const mock = jest.fn(() => new Promise<Response>(() => undefined));
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
}
