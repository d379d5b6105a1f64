import { describe, expect, it } from 'vitest';
import { isOlderRevision, isSameRevision } from '../../../src/domain/revision.js';

describe('source revisions', () => {
  it('knows the same stated version, and not a document that states none', () => {
    expect(
      isSameRevision(
        { version: 1, createdAt: '2013-05-16T04:01:00.000Z' },
        { version: 1, createdAt: '2013-05-16T04:01:00.000Z' },
      ),
    ).toBe(true);
    expect(isSameRevision({ version: 1 }, { version: 2 })).toBe(false);
    expect(isSameRevision({}, {})).toBe(false);
    expect(isSameRevision(undefined, { version: 1 })).toBe(false);
  });

  it('orders by version number, else by creation time', () => {
    expect(isOlderRevision({ version: 1 }, { version: 2 })).toBe(true);
    expect(isOlderRevision({ createdAt: '2020-01-02T00:00:00Z' }, { createdAt: '2020-01-01T00:00:00Z' })).toBe(false);
  });
});
