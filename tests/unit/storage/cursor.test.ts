import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/domain/errors.js';
import { decodeCursor, encodeCursor } from '../../../src/storage/cursor.js';

describe('cursors', () => {
  it('round-trip the sort key they continue from', () => {
    const sortKey = '2024-11-16T00:00:00.000Z#KvvHqD7u0UWy_ogA';
    expect(decodeCursor(encodeCursor(sortKey))).toBe(sortKey);
  });

  it('reject strings this API did not issue', () => {
    expect(() => decodeCursor('garbage')).toThrow(InvalidInputError);
    expect(() => decodeCursor(Buffer.from('v2:x').toString('base64url'))).toThrow(/not a cursor/);
  });
});
