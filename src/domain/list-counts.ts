/**
 * The sizes of whole lists (a connection's totalCount), kept by counters on write: published items
 * only. A list is named by storage (the page it answers carries its name as `countKey`).
 */
export interface ListCounts {
  /** Each list's count; a list nothing was ever counted in is 0. */
  counts(lists: readonly string[]): Promise<Map<string, number>>;
}
