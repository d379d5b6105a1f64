/**
 * Bundled in place of lru-cache (16 KB) in Lambda bundles. Only yoga's createLRUCache uses it, for its
 * parse and validation caches; the handler gives yoga its own parse cache and validates through
 * useHardening's, so these instances stay small. Least recently used first out, as lru-cache; no TTL
 * (a cached parse or validation result does not go stale).
 */
export class LRUCache<K, V> {
  private readonly entries = new Map<K, V>();
  private readonly max: number;

  constructor(options: { max?: number } = {}) {
    this.max = options.max ?? 1024;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): this {
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
    return this;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
