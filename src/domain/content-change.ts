/**
 * A change to public content, as the change feed publishes it (`news.content` events). Only content
 * entities change: edges, counters, audit entries and import runs are how content is stored or
 * produced, and never become events of their own.
 */
export const CHANGED_ENTITIES = [
  'Article',
  'Person',
  'Event',
  'Subject',
  'Section',
  'Organisation',
  'Place',
  'Genre',
] as const;
export type ChangedEntity = (typeof CHANGED_ENTITIES)[number];

/**
 * Published: a new article. Updated: a new version (re-import, translation). Corrected: an editor's
 * correction note was added. Unpublished / Republished: its status changed. Deleted: the item is gone.
 * People, events and terms are Created, Changed or Deleted.
 */
export type ChangeKind =
  | 'Published'
  | 'Updated'
  | 'Corrected'
  | 'Unpublished'
  | 'Republished'
  | 'Deleted'
  | 'Created'
  | 'Changed';

export interface ContentChange {
  entity: ChangedEntity;
  /** The stored id (`article(id:)` takes the Relay id the event carries beside it). */
  id: string;
  kind: ChangeKind;
  /** The article's version after the change (before it, for a deletion). */
  version?: number;
  language?: string;
  /** Every slug the entity is served under (articles: the original's and each translation's). */
  slugs?: string[];
  /** ISO instant the change was recorded (the stream record's time, to the second). */
  at?: string;
}

/** EventBridge detail-type: `ArticlePublished`, `ArticleUnpublished`, `PersonChanged`, `SubjectCreated`… */
export const detailType = (change: ContentChange): string => `${change.entity}${change.kind}`;

/** The port the change feed publishes through; returns the changes it could not publish. */
export interface ContentEventPublisher {
  publish(changes: readonly ContentChange[]): Promise<ContentChange[]>;
}

/** The port a CDN's cache purge implements. */
export interface CacheInvalidator {
  invalidate(paths: readonly string[], reference: string): Promise<void>;
}

/**
 * Which cached public answers to purge for a change. Public GETs are all `/graphql?…` (the query or
 * the persisted query's hash is in the query string), so no path names one entity: a purge is always
 * `/graphql*`, every cached answer. That is worth it where a stale answer does harm (a takedown, a
 * deletion, a correction: an editor's decision, a few a day) and not for the stream of import updates,
 * which the CDN's short max-age (60 s, 300 s on prod) refreshes anyway.
 */
export function pathsToInvalidate(change: Pick<ContentChange, 'kind'>): string[] {
  return PURGING_KINDS.has(change.kind) ? ['/graphql*'] : [];
}

const PURGING_KINDS: ReadonlySet<ChangeKind> = new Set(['Corrected', 'Unpublished', 'Deleted']);
