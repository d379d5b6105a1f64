import { describe, expect, it } from 'vitest';
import { createRateBound } from '../../../src/graphql/rate-bound.js';

describe('createRateBound', () => {
  it('allows a burst, then refills at the given rate', () => {
    let now = 0;
    const take = createRateBound(2, 1, () => now);

    const burst = [take(), take(), take()];
    now = 999;
    const early = take();
    now = 1000;
    const refilled = take();

    expect(burst).toEqual([true, true, false]);
    expect(early).toBe(false);
    expect(refilled).toBe(true);
  });
});
