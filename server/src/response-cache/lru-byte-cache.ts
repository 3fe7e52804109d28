/**
 * A least-recently-used map bounded by the bytes of its values (as the caller measures them).
 * Map keeps insertion order, so re-inserting on a hit moves an entry to the young end.
 */
export class LruByteCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private used = 0;

  constructor(readonly capacityBytes: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** False when the value alone is larger than a quarter of the capacity (it would flush the cache). */
  set(key: string, value: V, bytes: number): boolean {
    if (bytes > this.capacityBytes / 4) return false;
    this.delete(key);
    this.entries.set(key, { value, bytes });
    this.used += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.capacityBytes) break;
      this.entries.delete(oldest);
      this.used -= entry.bytes;
    }
    return true;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.used -= entry.bytes;
  }

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.used;
  }
}
