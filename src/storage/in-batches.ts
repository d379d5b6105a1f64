const PARALLEL = 10;

/** Runs `task` over the items ten at a time: a page of edge moves without a burst of hundreds of requests. */
export async function inBatches<T>(list: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < list.length; i += PARALLEL) await Promise.all(list.slice(i, i + PARALLEL).map(task));
}
