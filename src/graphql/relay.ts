import { decodeGlobalID } from '@pothos/plugin-relay';
import { InvalidInputError } from '../domain/errors.js';
import type { Page } from '../domain/pagination.js';

/** The domain id inside a Relay global ID, checked to name the expected type. */
export function decodeIdFor(typename: string, globalId: string): string {
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    decoded = undefined;
  }
  if (!decoded || decoded.typename !== typename || !decoded.id) {
    throw new InvalidInputError(`id: "${globalId.slice(0, 60)}" is not the ID of an ${typename}`);
  }
  return decoded.id;
}

/** A domain page as a Relay connection (forward pagination only). */
export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: page.edges[0]?.cursor ?? null,
      endCursor: page.edges.at(-1)?.cursor ?? null,
    },
  };
}
