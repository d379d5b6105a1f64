import { describe, expect, it } from 'vitest';
import { fullJitterDelay } from '../../../src/storage/backoff.js';

describe('fullJitterDelay', () => {
  it('waits nothing when the random draw is 0, whatever the round', () => {
    expect(fullJitterDelay(1, 25, () => 0)).toBe(0);
    expect(fullJitterDelay(5, 25, () => 0)).toBe(0);
  });

  it('stays just under base * 2^round when the random draw is just under 1', () => {
    const almostOne = 1 - Number.EPSILON;

    expect(fullJitterDelay(1, 25, () => almostOne)).toBeLessThan(50);
    expect(fullJitterDelay(1, 25, () => almostOne)).toBeGreaterThan(49.99);
    expect(fullJitterDelay(3, 50, () => almostOne)).toBeLessThan(400);
    expect(fullJitterDelay(3, 50, () => almostOne)).toBeGreaterThan(399.99);
  });

  it('scales the draw linearly across the window', () => {
    expect(fullJitterDelay(2, 25, () => 0.5)).toBe(50);
  });
});
