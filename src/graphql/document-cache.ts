/**
 * What yoga's parse cache is given instead of its LRU cache: a Map that forgets its oldest entry when
 * full. A hit is one Map lookup (the LRU's bookkeeping was ~3% of `{ __typename }`, npm run bench);
 * clients send a handful of documents, so first-in-first-out eviction keeps the same ones an LRU would,
 * and a flood of distinct documents evicts either way.
 */
export function boundedCache<T>(max: number) {
  const entries = new Map<string, T>();
  return {
    get: (key: string): T | undefined => entries.get(key),
    set(key: string, value: T): void {
      if (entries.size >= max && !entries.has(key)) entries.delete(entries.keys().next().value as string);
      entries.set(key, value);
    },
    get size() {
      return entries.size;
    },
  };
}
