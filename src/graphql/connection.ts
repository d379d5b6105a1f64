import type { Page } from '../domain/pagination.js';

/** A domain page as a Relay connection (forward pagination only). */
export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: page.edges[0]?.cursor ?? null,
      endCursor: page.endCursor ?? page.edges.at(-1)?.cursor ?? null,
    },
  };
}
