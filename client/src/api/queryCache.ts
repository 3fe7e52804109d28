/**
 * A small in-memory cache of GraphQL answers, keyed by query and variables. Going back to a page
 * or to an earlier filter shows its numbers at once, and two components asking the same question
 * at the same time share one request. Answers expire after a few minutes; an import clears them.
 */
interface Entry {
  data?: unknown;
  at: number;
  pending?: Promise<unknown>;
}

const TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 200;
const entries = new Map<string, Entry>();

export function cacheKey(query: string, variablesKey: string): string {
  return `${variablesKey}\u0000${query}`;
}

/** The cached answer when it is fresh. */
export function cachedData<T>(key: string, now = Date.now()): T | undefined {
  const entry = entries.get(key);
  if (!entry || entry.data === undefined || now - entry.at > TTL_MS) return undefined;
  return entry.data as T;
}

/**
 * Runs `load` unless the same request is already on its way (`force`: run it anyway, as a retry
 * does); remembers a successful answer.
 */
export function loadShared<T>(key: string, load: () => Promise<T>, force = false): Promise<T> {
  const existing = entries.get(key);
  if (existing?.pending && !force) return existing.pending as Promise<T>;
  const pending = load().then(
    (data) => {
      if (entries.get(key)?.pending !== pending) return data;
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(key, { data, at: Date.now() });
      return data;
    },
    (error: unknown) => {
      if (entries.get(key)?.pending === pending) entries.delete(key);
      throw error;
    },
  );
  entries.set(key, { ...existing, at: existing?.at ?? 0, pending });
  return pending;
}

/** Forgets every answer: after an import, and between tests. */
export function clearQueryCache(): void {
  entries.clear();
}
