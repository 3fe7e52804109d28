import { act, renderHook, waitFor } from '@testing-library/react';
import { mockFetch } from '../test/fetchMock';
import { useQuery } from './useQuery';

const QUERY = 'query Site($id: ID!) { site(id: $id) { id } }';

function postedVariables(fetch: jest.Mock): unknown[] {
  return fetch.mock.calls.map(([, init]) => JSON.parse(String((init as RequestInit).body)).variables);
}

describe('useQuery', () => {
  it('loads, then exposes the data', async () => {
    mockFetch({ body: { data: { site: { id: '1' } } } });
    const { result } = renderHook(() => useQuery<{ site: { id: string } }>(QUERY, { id: '1' }));
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.data).toEqual({ site: { id: '1' } });
    expect(result.current.error).toBeUndefined();
  });

  it('runs again when the variables change value, not when they are only a new object', async () => {
    const fetch = mockFetch({ body: { data: { site: null } } });
    const { result, rerender } = renderHook(({ id }) => useQuery(QUERY, { id }), { initialProps: { id: '1' } });
    await waitFor(() => expect(result.current.loading).toBe(false));

    rerender({ id: '1' });
    rerender({ id: '2' });
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(postedVariables(fetch)).toEqual([{ id: '1' }, { id: '2' }]);
  });

  it('exposes the error and runs again on refetch', async () => {
    const fetch = mockFetch({ body: { errors: [{ message: 'Boom' }] } }, { body: { data: { ok: true } } });
    const { result } = renderHook(() => useQuery<{ ok: boolean }>('{ ok }'));
    await waitFor(() => expect(result.current.error?.message).toBe('Boom'));

    act(() => result.current.refetch());
    await waitFor(() => expect(result.current.data).toEqual({ ok: true }));
    expect(result.current.error).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('shares one request between callers, and answers again from the cache without one', async () => {
    const fetch = mockFetch({ body: { data: { site: { id: '1' } } } });
    const first = renderHook(() => [useQuery(QUERY, { id: '1' }), useQuery(QUERY, { id: '1' })]);
    await waitFor(() => expect(first.result.current[1].loading).toBe(false));
    expect(fetch).toHaveBeenCalledTimes(1);

    const later = renderHook(() => useQuery(QUERY, { id: '1' }));
    expect(later.result.current).toMatchObject({ loading: false, data: { site: { id: '1' } } });
    expect(fetch).toHaveBeenCalledTimes(1);

    act(() => later.result.current.refetch());
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
  });

  it('waits without a request while skipped', async () => {
    const fetch = mockFetch({ body: { data: { ok: true } } });
    const { result, rerender } = renderHook(({ skip }) => useQuery('{ ok }', {}, { skip }), { initialProps: { skip: true } });
    expect(result.current.loading).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
    rerender({ skip: false });
    await waitFor(() => expect(result.current.data).toEqual({ ok: true }));
  });
});
