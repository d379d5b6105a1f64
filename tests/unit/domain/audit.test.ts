import { describe, expect, it } from 'vitest';
import { MAX_VALUE_CHARS, recordAudit } from '../../../src/domain/audit.js';
import { InvalidInputError } from '../../../src/domain/errors.js';

const base = { subject: { type: 'Article', id: 'a1' }, operation: 'unpublishArticle', actor: 'local operator' };
const now = new Date('2026-11-29T02:00:00.000Z');

describe('recordAudit', () => {
  it('stamps the entry with the time and a trimmed reason', () => {
    const entry = recordAudit({ ...base, reason: '  legal takedown ', after: { status: 'UNPUBLISHED' } }, now);

    expect(entry).toMatchObject({ at: '2026-11-29T02:00:00.000Z', reason: 'legal takedown' });
    expect(entry.after).toEqual({ status: 'UNPUBLISHED' });
    expect(entry.sequence).toMatch(/^[0-9a-f]{8}$/);
  });

  it('refuses a missing reason when the operation requires one', () => {
    expect(() => recordAudit({ ...base, reason: ' ', reasonRequired: true }, now)).toThrow(InvalidInputError);
    expect(() => recordAudit({ ...base, reasonRequired: true }, now)).toThrow(
      'unpublishArticle: reason must not be empty',
    );
  });

  it('keeps a marker instead of a value too large for one item', () => {
    const entry = recordAudit({ ...base, before: { body: 'x'.repeat(MAX_VALUE_CHARS) } }, now);

    expect(entry.before).toEqual({ truncated: true, fields: ['body'], chars: MAX_VALUE_CHARS + 11 });
  });
});
