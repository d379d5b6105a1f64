import { describe, expect, it } from 'vitest';
import { forEachConcurrently } from '../../../src/importers/pool.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('forEachConcurrently', () => {
  it('never runs more than the concurrency at once, and gives each item its input position', async () => {
    let running = 0;
    let peak = 0;
    const seen: [string, number][] = [];
    async function* items() {
      for (const x of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) yield x;
    }

    const finished = await forEachConcurrently(items(), 3, async (item, index) => {
      running += 1;
      peak = Math.max(peak, running);
      await tick();
      seen.push([item, index]);
      running -= 1;
    });

    expect(finished).toBe(true);
    expect(peak).toBe(3);
    expect(seen.sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((x, i) => [x, i]));
  });

  it('stops after the pull that finds shouldStop true, leaving the rest untaken', async () => {
    const done: number[] = [];
    let pulls = 0;
    function* items() {
      for (let i = 0; i < 10; i++) {
        pulls += 1;
        yield i;
      }
    }

    const finished = await forEachConcurrently(
      items(),
      1,
      async (i) => void done.push(i),
      () => done.length >= 2,
    );

    expect(finished).toBe(false);
    expect(done).toEqual([0, 1]);
    expect(pulls).toBe(3);
  });

  it('rejects with the first error and takes no new item after it', async () => {
    const started: number[] = [];
    const run = forEachConcurrently([1, 2, 3, 4, 5, 6], 2, async (i) => {
      started.push(i);
      await tick();
      if (i === 2) throw new Error('boom');
    });

    await expect(run).rejects.toThrow('boom');
    expect(started.length).toBeLessThan(6);
  });
});
