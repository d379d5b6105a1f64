import type { Page } from '../domain/pagination.js';

/**
 * A domain page as a Relay connection (forward pagination). A page read after a cursor has a previous
 * page: the cursor marks an item this API already served, which sorts before the page.
 */
export function toConnection<T>(page: Page<T>, after: string | null | undefined) {
  return {
    edges: page.edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: Boolean(after),
      startCursor: page.edges[0]?.cursor ?? null,
      endCursor: page.endCursor ?? page.edges.at(-1)?.cursor ?? null,
    },
  };
}
