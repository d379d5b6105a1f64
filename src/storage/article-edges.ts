import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './document-client.js';
import type { Article } from '../domain/article.js';
import { WriteRejectedError } from '../domain/errors.js';
import { batchGetItems } from './batch-get.js';
import * as items from './items.js';
import * as keys from './keys.js';

/** Edges an article has in its collection: who it mentions, what it covers. */
interface StoredEdges {
  people: Set<string>;
  events: Set<string>;
}

const PARALLEL = 10;

/**
 * Mention and coverage edges live outside the article's transaction (any number of them). They are
 * written before the article item switches to the version that names them and removed after it, and
 * readers count an edge only when the article item names it, so a half-written article never shows.
 */
export async function storedEdges(client: DocumentClient, table: string, articleId: string): Promise<StoredEdges> {
  const edges: StoredEdges = { people: new Set(), events: new Set() };
  let startKey: Record<string, unknown> | undefined;
  do {
    const output = await client.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': keys.articlePartition(articleId), ':from': 'EVENT#', ':to': keys.upperBound('PERSON#') },
        ProjectionExpression: '#type, personId, eventId',
        ExpressionAttributeNames: { '#type': 'type' },
        ConsistentRead: true,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    for (const item of output.Items ?? []) {
      if (item.type === 'Mention') edges.people.add(String(item.personId));
      if (item.type === 'Coverage') edges.events.add(String(item.eventId));
    }
    startKey = output.LastEvaluatedKey;
  } while (startKey);
  return edges;
}

/** The people and events an article newly links must exist: one consistent batch read, before anything is written. */
export async function assertLinksExist(client: DocumentClient, table: string, article: Article, stored: StoredEdges): Promise<void> {
  const people = article.people.map((p) => p.personId).filter((id) => !stored.people.has(id));
  const events = article.events.map((e) => e.eventId).filter((id) => !stored.events.has(id));
  const found = await batchGetItems(client, table, [...people.map(keys.personKey), ...events.map(keys.eventKey)], { consistent: true });
  const present = new Set(found.map((item) => `${String(item.type)}:${String(item.id)}`));
  const missing = [...people.filter((id) => !present.has(`Person:${id}`)).map((id) => `person ${id}`), ...events.filter((id) => !present.has(`Event:${id}`)).map((id) => `event ${id}`)];
  if (missing.length) throw new WriteRejectedError(`nothing written: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''} does not exist`);
}

/** Puts the article's edges (before the switch); a mention edge that is new adds one to the person's count. */
export async function putEdges(client: DocumentClient, table: string, article: Article, stored: StoredEdges): Promise<void> {
  const writes = [
    ...article.people.map((p) => async () => {
      const item = items.toMentionItem(article.id, p.personId, article.publishedAt);
      if (stored.people.has(p.personId)) return void (await client.send(new PutCommand({ TableName: table, Item: item })));
      if (await putIfAbsent(client, table, item)) await addMentions(client, table, p.personId, 1);
    }),
    ...article.events.map((e) => async () => void (await client.send(new PutCommand({ TableName: table, Item: items.toCoverageItem(article.id, e.eventId, article.publishedAt) })))),
  ];
  await inParallel(writes);
}

/** Removes edges the article no longer names (after the switch); a removed mention takes one off the count. */
export async function removeStaleEdges(client: DocumentClient, table: string, article: Pick<Article, 'id' | 'people' | 'events'>, stored: StoredEdges): Promise<void> {
  const people = new Set(article.people.map((p) => p.personId));
  const events = new Set(article.events.map((e) => e.eventId));
  await inParallel([
    ...[...stored.people].filter((id) => !people.has(id)).map((id) => async () => {
      if (await deleteIfPresent(client, table, keys.mentionKey(article.id, id))) await addMentions(client, table, id, -1);
    }),
    ...[...stored.events].filter((id) => !events.has(id)).map((id) => async () => void (await client.send(new DeleteCommand({ TableName: table, Key: keys.coverageKey(article.id, id) })))),
  ]);
}

async function putIfAbsent(client: DocumentClient, table: string, item: object): Promise<boolean> {
  try {
    await client.send(new PutCommand({ TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(PK)' }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

async function deleteIfPresent(client: DocumentClient, table: string, key: keys.PrimaryKey): Promise<boolean> {
  try {
    await client.send(new DeleteCommand({ TableName: table, Key: key, ConditionExpression: 'attribute_exists(PK)' }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** A person's count of mentioning articles; a person deleted meanwhile has none to keep. */
async function addMentions(client: DocumentClient, table: string, personId: string, delta: number): Promise<void> {
  try {
    await client.send(new UpdateCommand({ TableName: table, Key: keys.personKey(personId), UpdateExpression: 'ADD mentionCount :delta', ConditionExpression: 'attribute_exists(PK)', ExpressionAttributeValues: { ':delta': delta } }));
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

async function inParallel(tasks: (() => Promise<void>)[]): Promise<void> {
  for (let i = 0; i < tasks.length; i += PARALLEL) await Promise.all(tasks.slice(i, i + PARALLEL).map((task) => task()));
}
