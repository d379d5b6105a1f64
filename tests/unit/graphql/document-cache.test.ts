import { describe, expect, it } from 'vitest';
import { boundedCache } from '../../../src/graphql/document-cache.js';
import { LRUCache } from '../../../src/lambda-shims/lru-cache.js';

describe('the parsed-document cache', () => {
  it('forgets its oldest entry when a new one arrives at the bound', () => {
    const cache = boundedCache<number>(2);
    cache.set('{ a }', 1);
    cache.set('{ b }', 2);
    cache.set('{ c }', 3);

    expect([cache.get('{ a }'), cache.get('{ b }'), cache.get('{ c }')]).toEqual([undefined, 2, 3]);
    expect(cache.size).toBe(2);
  });

  it('replaces a known entry without evicting another', () => {
    const cache = boundedCache<number>(2);
    cache.set('{ a }', 1);
    cache.set('{ b }', 2);
    cache.set('{ b }', 20);

    expect([cache.get('{ a }'), cache.get('{ b }')]).toEqual([1, 20]);
  });
});

describe('the lru-cache stand-in of Lambda bundles', () => {
  it('evicts the least recently read entry at its bound', () => {
    const cache = new LRUCache<string, number>({ max: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);

    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
    expect(cache.size).toBe(2);
  });
});
