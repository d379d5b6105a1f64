import { describe, expect, it } from 'vitest';
import { boundedCache } from '../../../src/graphql/document-cache.js';

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
