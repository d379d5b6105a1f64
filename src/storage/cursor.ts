import { InvalidInputError } from '../domain/errors.js';

/**
 * Cursors carry the index sort key they continue from (`<publishedAt>#<id>`), so a page stays
 * stable while new articles arrive. They are opaque to clients: base64url with a version prefix.
 */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(`v1:${sortKey}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: 'after' | 'before' = 'after'): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('v1:') || text.length < 4 || text.length > 300) {
    throw new InvalidInputError(`${argument}: "${cursor.slice(0, 40)}" is not a cursor returned by this API`);
  }
  return text.slice(3);
}

/** An index Query's LastEvaluatedKey (the table's and GSI1's four key strings) as an opaque base64url cursor. */
export const encodeStartKey = (key: Record<string, unknown>): string =>
  Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

/** The LastEvaluatedKey an encodeStartKey cursor carries; `refused` says what the cursor is not. */
export function decodeStartKey(cursor: string, refused: string): Record<string, string> {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const names = ['PK', 'SK', 'GSI1PK', 'GSI1SK'];
    if (names.every((name) => typeof key[name] === 'string') && Object.keys(key).length === names.length)
      return key as Record<string, string>;
  } catch {
    // not JSON: reported below
  }
  throw new InvalidInputError(`cursor: "${cursor.slice(0, 40)}" is not ${refused}`);
}
