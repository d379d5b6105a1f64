/** Which version of a source document an article holds (ninjs `version` and `versionCreated`). */
export interface SourceRevision {
  version?: number;
  /** ISO instant this version was created. */
  createdAt?: string;
}

/**
 * True when `incoming` is an older version than `stored`: by version number when both have one, else by
 * creation time. An older version never overwrites a newer one, whatever order the files arrive in.
 */
export function isOlderRevision(incoming: SourceRevision | undefined, stored: SourceRevision | undefined): boolean {
  if (!incoming || !stored) return false;
  if (incoming.version !== undefined && stored.version !== undefined && incoming.version !== stored.version)
    return incoming.version < stored.version;
  if (incoming.createdAt && stored.createdAt) return Date.parse(incoming.createdAt) < Date.parse(stored.createdAt);
  return false;
}

/** "version 2 of 2019-05-10T14:02:28.000Z", for outcome reasons. */
export const describeRevision = (revision: SourceRevision) =>
  [
    revision.version !== undefined ? `version ${revision.version}` : undefined,
    revision.createdAt ? `of ${revision.createdAt}` : undefined,
  ]
    .filter(Boolean)
    .join(' ');

/** The same version of a document, as both sides state it (a version number or a creation time, equal). */
export function isSameRevision(incoming: SourceRevision | undefined, stored: SourceRevision | undefined): boolean {
  if (!incoming || !stored || (incoming.version === undefined && !incoming.createdAt)) return false;
  return incoming.version === stored.version && incoming.createdAt === stored.createdAt;
}
