import { type ContentChange, detailType } from '../domain/content-change.js';

/** The EventBridge `source` of every change event. */
export const CONTENT_EVENT_SOURCE = 'news.content';

/** What a subscriber receives as `detail`: enough to refetch (`node(id:)`) or to purge its own caches. */
export interface ContentEventDetail {
  /** The Relay global id `node(id:)`, `article(id:)`, `person(id:)` accept. */
  id: string;
  entity: ContentChange['entity'];
  /** The stored id. */
  entityId: string;
  change: ContentChange['kind'];
  version?: number;
  language?: string;
  slugs?: string[];
  at?: string;
}

/** Relay's global id (base64 of `Type:id`), as @pothos/plugin-relay encodes it, without loading Pothos here. */
export const relayId = (type: string, id: string): string => Buffer.from(`${type}:${id}`, 'utf8').toString('base64');

export function contentEventDetail(change: ContentChange): ContentEventDetail {
  const { entity, id, kind, ...rest } = change;
  return { id: relayId(entity, id), entity, entityId: id, change: kind, ...rest };
}

export const contentEventDetailType = detailType;
