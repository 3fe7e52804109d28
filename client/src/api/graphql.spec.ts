import { mockFetch } from '../test/fetchMock';
import { GraphQLRequestError, gqlRequest, isNetworkError } from './graphql';

describe('gqlRequest', () => {
  it('posts the query and variables as JSON and returns data', async () => {
    const fetch = mockFetch({ body: { data: { site: { id: '1' } } } });
    await expect(gqlRequest('query Site($id: ID!) { site(id: $id) { id } }', { id: '1' })).resolves.toEqual({
      site: { id: '1' },
    });
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual({
      query: 'query Site($id: ID!) { site(id: $id) { id } }',
      variables: { id: '1' },
    });
  });

  it("throws the server's messages when the response carries errors, even with partial data", async () => {
    mockFetch({ body: { data: { sites: [] }, errors: [{ message: 'First' }, { message: 'Second' }] } });
    const error = await gqlRequest('{ sites { id } }').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).message).toBe('First\nSecond');
    expect((error as GraphQLRequestError).kind).toBe('graphql');
  });

  it('reports GraphQL errors sent with an HTTP error status (validation failures)', async () => {
    mockFetch({ status: 400, body: { errors: [{ message: 'Cannot query field "nope" on type "Query".' }] } });
    await expect(gqlRequest('{ nope }')).rejects.toThrow('Cannot query field "nope" on type "Query".');
  });

  it('reports an HTTP failure without a GraphQL body by its status', async () => {
    mockFetch({ status: 502, body: '<html>Bad gateway</html>' });
    await expect(gqlRequest('{ sites { id } }')).rejects.toMatchObject({ kind: 'http', status: 502 });
  });

  it('marks a failure to reach the server as a network error', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    const error = await gqlRequest('{ sites { id } }').catch((caught: unknown) => caught);
    expect(isNetworkError(error)).toBe(true);
  });
});
