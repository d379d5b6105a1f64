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
