import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { CHANGED_ENTITIES, type ChangedEntity, type ChangeKind, type ContentChange } from '../domain/content-change.js';

/** A DynamoDB Streams record as Lambda and the Streams API deliver it (NEW_AND_OLD_IMAGES). */
export interface StreamRecord {
  eventName?: 'INSERT' | 'MODIFY' | 'REMOVE' | string;
  dynamodb?: {
    ApproximateCreationDateTime?: number | Date;
    NewImage?: Record<string, unknown>;
    OldImage?: Record<string, unknown>;
    SequenceNumber?: string;
  };
}

type Item = Record<string, unknown>;

/**
 * Attributes other writes own (related rankings, counts): a change to them alone is not a content
 * change, or every import would announce hundreds of articles whose related list moved.
 */
const DERIVED: Record<string, readonly string[]> = {
  Article: ['related'],
  Person: ['mentionCount', 'mentionRevision'],
  Event: ['participantCount', 'articleCount'],
};

const isChangedEntity = (type: unknown): type is ChangedEntity =>
  typeof type === 'string' && (CHANGED_ENTITIES as readonly string[]).includes(type);

/**
 * The content change a stream record stands for, or undefined for items that are not content (edges,
 * slugs, name lookups, audit entries, import runs, cursors) and for writes that changed only derived data.
 * Classified by the item's `type` attribute and, for articles, its `status` and version.
 */
export function contentChangeOf(record: StreamRecord): ContentChange | undefined {
  const next = image(record.dynamodb?.NewImage);
  const previous = image(record.dynamodb?.OldImage);
  const item = next ?? previous;
  if (!item || !isChangedEntity(item.type) || !isEntityItem(item)) return undefined;
  const kind = changeKind(item.type, record.eventName, previous, next);
  if (!kind) return undefined;
  const at = record.dynamodb?.ApproximateCreationDateTime;
  return {
    entity: item.type,
    id: String(item.id),
    kind,
    ...(typeof item.version === 'number' ? { version: item.version } : {}),
    ...(typeof item.language === 'string' ? { language: item.language } : {}),
    ...slugsOf(item),
    ...(at !== undefined ? { at: new Date(typeof at === 'number' ? at * 1000 : at).toISOString() } : {}),
  };
}

function changeKind(
  entity: ChangedEntity,
  eventName: string | undefined,
  previous: Item | undefined,
  next: Item | undefined,
): ChangeKind | undefined {
  const isArticle = entity === 'Article';
  if (eventName === 'REMOVE' || !next) return 'Deleted';
  if (eventName === 'INSERT' || !previous) return isArticle ? 'Published' : 'Created';
  if (isArticle && isPublic(previous) !== isPublic(next)) return isPublic(next) ? 'Republished' : 'Unpublished';
  if (!differs(previous, next, DERIVED[entity] ?? [])) return undefined;
  if (!isArticle) return 'Changed';
  return listLength(next.corrections) > listLength(previous.corrections) ? 'Corrected' : 'Updated';
}

/** An article without a status is published (items written before takedowns existed). */
const isPublic = (item: Item): boolean => item.status === undefined || item.status === 'PUBLISHED';

const listLength = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

function differs(previous: Item, next: Item, ignored: readonly string[]): boolean {
  const names = new Set([...Object.keys(previous), ...Object.keys(next)]);
  for (const name of names) {
    if (ignored.includes(name)) continue;
    if (JSON.stringify(previous[name]) !== JSON.stringify(next[name])) return true;
  }
  return false;
}

/** An entity's own item (not a copy of it on an edge): its sort key names the entity. */
const isEntityItem = (item: Item): boolean => typeof item.id === 'string' && !String(item.SK ?? '').includes('#');

function slugsOf(item: Item): { slugs?: string[] } {
  const slugs = new Set<string>();
  if (typeof item.slug === 'string') slugs.add(item.slug);
  if (Array.isArray(item.translations))
    for (const translation of item.translations as { slug?: unknown }[])
      if (typeof translation.slug === 'string') slugs.add(translation.slug);
  return slugs.size ? { slugs: [...slugs] } : {};
}

const image = (value: Record<string, unknown> | undefined): Item | undefined =>
  value ? unmarshall(value as Record<string, AttributeValue>) : undefined;
