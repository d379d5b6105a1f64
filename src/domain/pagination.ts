import { InvalidInputError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

/**
 * One page of a list, in Relay's terms: the first `first` items after `after`, or (backward) the last
 * `first` items before `before`. Both cursors may bound one page. Items are always in the list's order.
 */
export interface PageRequest {
  /** How many items: `first`, or `last` when `backward`. */
  first: number;
  /** Opaque cursor from a previous page's edge: the page starts after it. */
  after?: string;
  /** Opaque cursor: the page ends before it. */
  before?: string;
  /** `last`: the page is the end of the bounded list, read from that end. */
  backward?: boolean;
  /** The list in the opposite of its natural order (oldest first, Z to A). */
  reverse?: boolean;
}

/** The connection arguments as a client gives them. */
export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  reverse?: boolean;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  hasNextPage: boolean;
  /** False when absent. */
  hasPreviousPage?: boolean;
  /** Where the page starts when edges were left out after reading (the first read item's cursor). */
  startCursor?: string;
  /** Where the next page starts when edges were left out after reading (the last read item's cursor). */
  endCursor?: string;
  /** The counter holding the whole list's size (totalCount); none when a date range or prefix narrows it. */
  countKey?: string;
}

/** Validates page arguments: out-of-range sizes are an error, never silently clamped. */
export function pageRequest(args: PageArgs): PageRequest {
  const { first, last, after, before, reverse } = args;
  if (first != null && last != null) throw new InvalidInputError('give first or last, not both');
  const backward = last != null;
  const name = backward ? 'last' : 'first';
  const size = (backward ? last : first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new InvalidInputError(`${name} must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return {
    first: size,
    ...(after ? { after } : {}),
    ...(before ? { before } : {}),
    ...(backward ? { backward } : {}),
    ...(reverse ? { reverse } : {}),
  };
}

/**
 * A page with its nodes mapped, those mapped to undefined left out (an edge the article item does not
 * name), keeping its page info: the cursors of the items read stay the page's bounds, so the next page
 * goes on from where this one read, not from its last kept edge.
 */
export function keepEdges<A, B>(page: Page<A>, map: (node: A) => B | undefined): Page<B> {
  const edges = page.edges.flatMap(({ cursor, node }) => {
    const mapped = map(node);
    return mapped === undefined ? [] : [{ cursor, node: mapped }];
  });
  const startCursor = page.startCursor ?? page.edges[0]?.cursor;
  const endCursor = page.endCursor ?? page.edges.at(-1)?.cursor;
  return {
    edges,
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage ?? false,
    ...(startCursor !== undefined ? { startCursor } : {}),
    ...(endCursor !== undefined ? { endCursor } : {}),
    ...(page.countKey !== undefined ? { countKey: page.countKey } : {}),
  };
}
