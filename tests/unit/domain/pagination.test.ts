import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/domain/errors.js';
import { keepEdges, pageRequest } from '../../../src/domain/pagination.js';

describe('pageRequest', () => {
  it('defaults to 10 items', () => {
    expect(pageRequest({})).toEqual({ first: 10 });
  });

  it('keeps the cursor', () => {
    expect(pageRequest({ first: 100, after: 'abc' })).toEqual({ first: 100, after: 'abc' });
  });

  it('reads last N before a cursor backward', () => {
    expect(pageRequest({ last: 5, before: 'xyz' })).toEqual({ first: 5, before: 'xyz', backward: true });
  });

  it('refuses first and last together', () => {
    expect(() => pageRequest({ first: 5, last: 5 })).toThrow(/give first or last, not both/);
  });

  it.each([0, -1, 101, 1.5])('rejects first = %s with a message naming the range', (first) => {
    expect(() => pageRequest({ first })).toThrow(InvalidInputError);
    expect(() => pageRequest({ first })).toThrow(/first must be between 1 and 100/);
  });

  it('names last in the range message when last is out of range', () => {
    expect(() => pageRequest({ last: 0 })).toThrow(/last must be between 1 and 100, got 0/);
  });
});

describe('keepEdges', () => {
  it('keeps the read cursors as the page bounds when it leaves edges out', () => {
    const page = {
      edges: [
        { cursor: 'a', node: 1 },
        { cursor: 'b', node: 2 },
        { cursor: 'c', node: 3 },
      ],
      hasNextPage: true,
      hasPreviousPage: true,
    };

    const kept = keepEdges(page, (n) => (n === 2 ? String(n) : undefined));

    expect(kept).toEqual({
      edges: [{ cursor: 'b', node: '2' }],
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: 'a',
      endCursor: 'c',
    });
  });
});
