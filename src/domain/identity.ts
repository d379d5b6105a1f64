import { createHash } from 'node:crypto';

/** A stable article id from the source's own identity (URI, guid, or a content key), so re-imports land on the same item. */
export function articleIdFromSource(sourceIdentity: string): string {
  return createHash('sha256').update(sourceIdentity, 'utf8').digest('base64url').slice(0, 16);
}
