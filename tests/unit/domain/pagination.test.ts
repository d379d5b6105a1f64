import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/domain/errors.js';
import { pageRequest } from '../../../src/domain/pagination.js';

describe('pageRequest', () => {
  it('defaults to 10 items', () => {
    expect(pageRequest(undefined, undefined)).toEqual({ first: 10 });
  });

  it('keeps the cursor', () => {
    expect(pageRequest(100, 'abc')).toEqual({ first: 100, after: 'abc' });
  });

  it.each([0, -1, 101, 1.5])('rejects first = %s with a message naming the range', (first) => {
    expect(() => pageRequest(first, null)).toThrow(InvalidInputError);
    expect(() => pageRequest(first, null)).toThrow(/first must be between 1 and 100/);
  });
});
