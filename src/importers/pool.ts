/**
 * Runs `work` over the items with at most `concurrency` at a time, pulling items lazily (a folder of
 * files is read as it is imported, not all up front). Stops once `shouldStop` is true after a pull.
 * Returns false when it stopped early.
 */
export async function forEachConcurrently<T>(
  items: Iterable<T | Promise<T>> | AsyncIterable<T>,
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
  shouldStop: () => boolean = () => false,
): Promise<boolean> {
  const iterator =
    Symbol.asyncIterator in items
      ? (items as AsyncIterable<T>)[Symbol.asyncIterator]()
      : (items as Iterable<T | Promise<T>>)[Symbol.iterator]();
  let next = 0;
  let stopped = false;
  // One pull at a time: async generators must not be advanced concurrently.
  let pulling: Promise<unknown> = Promise.resolve();
  const pull = () => {
    const result = pulling.then(async () => {
      if (stopped) return undefined;
      const step = await iterator.next();
      if (step.done) return undefined;
      // Checked after the pull, as a for-await loop would: a source generator records the input it
      // yielded before it yields the next one.
      if (shouldStop()) {
        stopped = true;
        return undefined;
      }
      return { item: await step.value, index: next++ };
    });
    pulling = result.catch(() => undefined);
    return result;
  };
  const lane = async () => {
    try {
      for (let taken = await pull(); taken; taken = await pull()) await work(taken.item, taken.index);
    } catch (error) {
      // The other lanes finish what they hold and take nothing more.
      stopped = true;
      throw error;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.floor(concurrency)) }, lane));
  return !stopped;
}
