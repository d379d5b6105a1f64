import { InvalidInputError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  first: number;
  /** Opaque cursor from a previous page's edge. */
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  hasNextPage: boolean;
  /** Where the next page starts when edges were left out after reading (the last read item's cursor). */
  endCursor?: string;
}

/** Validates page arguments: out-of-range sizes are an error, never silently clamped. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new InvalidInputError(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return after ? { first: size, after } : { first: size };
}
