import { LruByteCache } from './lru-byte-cache';

describe('LruByteCache', () => {
  it('evicts the least recently used entries once the bytes exceed the capacity', () => {
    const cache = new LruByteCache<string>(100);
    cache.set('a', 'A', 20);
    cache.set('b', 'B', 20);
    cache.set('c', 'C', 20);
    expect(cache.get('a')).toBe('A'); // a is now the youngest
    cache.set('d', 'D', 25);
    cache.set('e', 'E', 25); // 110 bytes: b (the oldest) goes
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d'), cache.get('e')]).toEqual(['A', 'C', 'D', 'E']);
    expect(cache.usedBytes).toBe(90);
    expect(cache.size).toBe(4);
  });

  it('replaces an entry under the same key without counting it twice', () => {
    const cache = new LruByteCache<number>(100);
    cache.set('k', 1, 10);
    cache.set('k', 2, 15);
    expect(cache.get('k')).toBe(2);
    expect(cache.usedBytes).toBe(15);
  });

  it('refuses a value larger than a quarter of the capacity', () => {
    const cache = new LruByteCache<string>(100);
    cache.set('small', 's', 10);
    expect(cache.set('big', 'b', 26)).toBe(false);
    expect(cache.get('big')).toBeUndefined();
    expect(cache.get('small')).toBe('s');
  });
});
