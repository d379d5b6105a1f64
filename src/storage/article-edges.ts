import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.js';
import type { Article } from '../domain/article.js';
import { linkKey, type TermLink } from '../domain/taxonomy.js';
import { syncMemberships } from './counters.js';
import { addArticles, crossedZero } from './event-coverage.js';
import { assertExist } from './existence.js';
import * as items from './items.js';
import * as keys from './keys.js';
import { putRank } from './person-rank.js';
import { queryAll } from './query-all.js';
import { updateItem } from './update-item.js';

/** Edges an article has in its collection: who it mentions (and whether each is counted), what it covers. */
export interface StoredEdges {
  people: Set<string>;
  /** Mention edges already counted in their person's mentionCount. */
  counted: Set<string>;
  events: Set<string>;
  /** Coverage edges already counted in their event's articleCount. */
  countedEvents: Set<string>;
  /** Filings, by linkKey ("Subject#economy"). */
  terms: Set<string>;
}

/** Edges this write created (absent before it): the only ones it may withdraw when its switch fails. */
export interface CreatedEdges {
  people: string[];
  events: string[];
  terms: TermLink[];
}

type Link =
  | { kind: 'person'; id: string }
  | { kind: 'event'; id: string }
  | { kind: 'term'; id: string; link: TermLink };
type Edged = Pick<Article, 'id' | 'people' | 'events' | 'terms'>;

const PARALLEL = 10;

/**
 * Mention and coverage edges live outside the article's transaction (any number of them). They are
 * written before the article item switches to the version that names them and removed after it, and
 * readers trust an edge only when the article item names it, so a half-written article never shows.
 * A mention counts in its person's mentionCount once: when an edge the article names is marked
 * `counted` (a conditional update, after the switch), and it is taken off when a counted edge is deleted.
 */
export async function storedEdges(table: Table, articleId: string): Promise<StoredEdges> {
  // Two prefixes, not one range: between EVENT# and PERSON# sort the translations (LANG#) and other items.
  const [events, people, terms] = await Promise.all([
    edgeItems(table, articleId, 'EVENT#'),
    edgeItems(table, articleId, 'PERSON#'),
    edgeItems(table, articleId, keys.TERM_EDGE_PREFIX),
  ]);
  return {
    people: new Set(people.map((item) => String(item.personId))),
    counted: new Set(people.filter((item) => item.counted === true).map((item) => String(item.personId))),
    events: new Set(events.map((item) => String(item.eventId))),
    countedEvents: new Set(events.filter((item) => item.counted === true).map((item) => String(item.eventId))),
    // A filing's sort key ends in its linkKey ("TERM#Subject#economy").
    terms: new Set(terms.map((item) => String(item.SK).slice(keys.TERM_EDGE_PREFIX.length))),
  };
}

const edgeItems = (table: Table, articleId: string, prefix: string) =>
  queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.articlePartition(articleId), ':prefix': prefix },
    ProjectionExpression: 'SK, personId, eventId, counted',
    ConsistentRead: true,
  });

/** The people and events an article newly links must exist: one consistent batch read, before anything is written. */
export function assertLinksExist(table: Table, article: Article, stored: StoredEdges): Promise<void> {
  return assertExist(table, [
    ...article.people
      .filter((p) => !stored.people.has(p.personId))
      .map((p) => ({ type: 'Person' as const, id: p.personId })),
    ...article.events
      .filter((e) => !stored.events.has(e.eventId))
      .map((e) => ({ type: 'Event' as const, id: e.eventId })),
    ...(article.terms ?? []).filter((t) => !stored.terms.has(linkKey(t))).map((t) => ({ type: t.kind, id: t.termId })),
  ]);
}

/**
 * Writes the article's edges before the switch, as updates (so a `counted` mark survives a rewrite);
 * returns those that did not exist before.
 */
export async function putEdges(table: Table, article: Article): Promise<CreatedEdges> {
  const links: Link[] = [
    ...article.people.map((p) => ({ kind: 'person' as const, id: p.personId })),
    ...article.events.map((e) => ({ kind: 'event' as const, id: e.eventId })),
    ...(article.terms ?? []).map((link) => ({ kind: 'term' as const, id: linkKey(link), link })),
  ];
  const created = await inParallel(
    links.map((link) => async () => ((await upsertEdge(table, article, link)) ? link : undefined)),
  );
  const made = created.filter((link): link is Link => link !== undefined);
  return {
    people: made.filter((l) => l.kind === 'person').map((l) => l.id),
    events: made.filter((l) => l.kind === 'event').map((l) => l.id),
    terms: made.flatMap((l) => (l.kind === 'term' ? [l.link] : [])),
  };
}

async function upsertEdge(table: Table, article: Article, link: Link): Promise<boolean> {
  const item = (link.kind === 'person'
    ? items.toMentionItem(article.id, link.id, article.publishedAt)
    : link.kind === 'event'
      ? items.toCoverageItem(article.id, link.id, article.publishedAt)
      : items.toFilingItem(article.id, link.link, article.publishedAt)) as unknown as Record<string, unknown>;
  const output = await table.send(
    new UpdateCommand({ TableName: table.name, ...updateItem(item), ReturnValues: 'UPDATED_OLD' }),
  );
  return !output.Attributes;
}

/**
 * After the switch: each mention and each coverage the article names and no write has counted yet is
 * counted, once (its person's mentionCount, its event's articleCount).
 */
export async function countMentions(
  table: Table,
  article: Pick<Article, 'id' | 'people' | 'events'>,
  stored: Pick<StoredEdges, 'counted' | 'countedEvents'>,
): Promise<void> {
  const people = article.people.map((p) => p.personId).filter((id) => !stored.counted.has(id));
  const events = article.events.map((e) => e.eventId).filter((id) => !stored.countedEvents.has(id));
  await inParallel([
    ...people.map((id) => async () => {
      if (await markCounted(table, keys.mentionKey(article.id, id))) await addMentions(table, id, 1);
    }),
    ...events.map((id) => async () => {
      if (await markCounted(table, keys.coverageKey(article.id, id))) await addArticles(table, id, 1);
    }),
  ]);
}

/** Marks an edge counted; false when it is gone or another write counted it first. */
async function markCounted(table: Table, key: keys.PrimaryKey): Promise<boolean> {
  try {
    await table.send(
      new UpdateCommand({
        TableName: table.name,
        Key: key,
        UpdateExpression: 'SET counted = :yes',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(counted)',
        ExpressionAttributeValues: { ':yes': true },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Removes edges the article no longer names (after the switch); a counted mention comes off its person's count. */
export async function removeStaleEdges(table: Table, article: Edged, stored: StoredEdges): Promise<void> {
  const people = new Set(article.people.map((p) => p.personId));
  const events = new Set(article.events.map((e) => e.eventId));
  const terms = new Set((article.terms ?? []).map(linkKey));
  await inParallel([
    ...[...stored.people]
      .filter((id) => !people.has(id))
      .map((id) => async () => {
        const old = await deleteEdge(table, keys.mentionKey(article.id, id));
        if (old?.counted === true) await addMentions(table, id, -1);
      }),
    ...[...stored.events]
      .filter((id) => !events.has(id))
      .map((id) => async () => {
        const old = await deleteEdge(table, keys.coverageKey(article.id, id));
        if (old?.counted === true) await addArticles(table, id, -1);
      }),
    ...[...stored.terms]
      .filter((key) => !terms.has(key))
      .map((key) => async () => void (await deleteEdge(table, filingKey(article.id, key)))),
  ]);
}

/**
 * After a failed switch: the edges this write created and the article item (as it now is) does not
 * name, never counted, are deleted again, so a rejected write leaves nothing behind. Edges other writers
 * created or counted are left alone.
 */
export async function withdrawEdges(table: Table, current: Edged, created: CreatedEdges): Promise<void> {
  const people = new Set(current.people.map((p) => p.personId));
  const events = new Set(current.events.map((e) => e.eventId));
  const terms = new Set((current.terms ?? []).map(linkKey));
  const uncounted = { ConditionExpression: 'attribute_not_exists(counted)' };
  await inParallel([
    ...created.people
      .filter((id) => !people.has(id))
      .map((id) => async () => void (await deleteEdge(table, keys.mentionKey(current.id, id), uncounted))),
    ...created.events
      .filter((id) => !events.has(id))
      .map((id) => async () => void (await deleteEdge(table, keys.coverageKey(current.id, id), uncounted))),
    ...created.terms
      .filter((link) => !terms.has(linkKey(link)))
      .map(
        (link) => async () =>
          void (await deleteEdge(table, keys.termEdgeKey(current.id, link.kind, link.termId), uncounted)),
      ),
  ]);
}

/** A filing's key back from its linkKey ("Subject#economy"). */
function filingKey(articleId: string, key: string): keys.PrimaryKey {
  const hash = key.indexOf('#');
  return keys.termEdgeKey(articleId, key.slice(0, hash) as TermLink['kind'], key.slice(hash + 1));
}

async function deleteEdge(
  table: Table,
  key: keys.PrimaryKey,
  condition: { ConditionExpression?: string } = {},
): Promise<Record<string, unknown> | undefined> {
  try {
    const output = await table.send(
      new DeleteCommand({ TableName: table.name, Key: key, ReturnValues: 'ALL_OLD', ...condition }),
    );
    return output.Attributes;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

/**
 * A person's count of mentioning articles; a person deleted meanwhile has none to keep. The people
 * list counts only the people it shows (mentioned ones): crossing 0 joins or leaves it.
 */
export async function addMentions(table: Table, personId: string, delta: number): Promise<void> {
  let count: number;
  try {
    const { Attributes } = await table.send(
      new UpdateCommand({
        TableName: table.name,
        Key: keys.personKey(personId),
        // mentionRevision orders this change among concurrent ones, for the rank item below.
        UpdateExpression: 'ADD mentionCount :delta, mentionRevision :one',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':delta': delta, ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    count = Number(Attributes?.mentionCount ?? 0);
    await putRank(table, personId, count, Number(Attributes?.mentionRevision ?? 0));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return;
    throw error;
  }
  if (crossedZero(count, delta)) await syncPersonListed(table, personId);
}

/** In the counted people list while mentioned, as read now (so two writers crossing 0 converge). */
async function syncPersonListed(table: Table, personId: string): Promise<void> {
  const { Item } = await table.send(
    new GetCommand({
      TableName: table.name,
      Key: keys.personKey(personId),
      ProjectionExpression: 'mentionCount',
      ConsistentRead: true,
    }),
  );
  if (!Item) return;
  const mentioned = Number(Item.mentionCount ?? 0) > 0;
  await syncMemberships(table, keys.personPartition(personId), mentioned ? [keys.listName(keys.PEOPLE_LIST)] : []);
}

async function inParallel<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += PARALLEL)
    results.push(...(await Promise.all(tasks.slice(i, i + PARALLEL).map((task) => task()))));
  return results;
}
