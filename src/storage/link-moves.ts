import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Article } from '../domain/article.js';
import { countMentions, removeStaleEdges } from './article-edges.js';
import * as items from './items.js';
import * as keys from './keys.js';
import type { Table } from './table.js';
import { updateItem } from './update-item.js';

type Item = Record<string, unknown>;
type Links = Pick<Article, 'people' | 'events'>;

/**
 * The first `limit` edge items of a partition under a prefix. Merges and deletes remove what they read,
 * so each call starts again from the top; a page is the bound on one call's work.
 */
export async function edgePage(
  table: Table,
  where: { index?: string; partition: string; prefix: string },
  limit: number,
): Promise<Item[]> {
  const onIndex = where.index !== undefined;
  const output = await table.send(
    new QueryCommand({
      TableName: table.name,
      ...(onIndex ? { IndexName: where.index } : { ConsistentRead: true }),
      KeyConditionExpression: `${onIndex ? 'GSI1PK' : 'PK'} = :pk AND begins_with(${onIndex ? 'GSI1SK' : 'SK'}, :prefix)`,
      ExpressionAttributeValues: { ':pk': where.partition, ':prefix': where.prefix },
      Limit: limit,
    }),
  );
  return output.Items ?? [];
}

/**
 * Rewrites the people and events an article item (and its summary) names, under its version (version + 1, so a writer
 * that read the article before this edit fails its condition and retries from the edited item).
 * Nothing is written when the links are already as wanted: a retried merge passes over done articles.
 */
export async function relinkArticle(table: Table, articleId: string, relink: (links: Links) => Links): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const Item = await readLinks(table, articleId);
    if (!Item) return;
    const current: Links = { people: Item.people ?? [], events: Item.events ?? [] };
    const wanted = relink(current);
    if (JSON.stringify(wanted) === JSON.stringify(current)) return;
    const update = (key: keys.PrimaryKey, condition: string) => ({
      Update: {
        TableName: table.name,
        Key: key,
        UpdateExpression: 'SET people = :people, events = :events, version = :next',
        ConditionExpression: condition,
        ExpressionAttributeValues: {
          ':people': wanted.people,
          ':events': wanted.events,
          ':next': Number(Item.version) + 1,
          ...(condition.includes(':version') ? { ':version': Item.version } : {}),
        },
      },
    });
    // The summary (what the feeds serve) changes with the article item, under the article's version;
    // an article stored before summaries existed has none to change.
    const article = update(keys.articleKey(articleId), 'version = :version');
    const summary = update(keys.articleSummaryKey(articleId), 'attribute_exists(PK)');
    const codes = await transactionCodes(table, [article, summary]);
    if (codes === undefined) return;
    if (codes[0] === 'None' && codes[1] === 'ConditionalCheckFailed' && !(await transactionCodes(table, [article])))
      return;
  }
  throw new Error(`article ${articleId} kept changing while its links were edited; try again`);
}

/**
 * Moves one mention edge (article → `from`) to `to`, or removes it when `to` is absent: the new edge,
 * then the article item, then the count, then the old edge (the article writer's order, so readers
 * never trust an edge the article does not name). Each step is idempotent.
 */
export async function moveMention(table: Table, edge: Item, to?: { id: string; name: string }): Promise<void> {
  const articleId = String(edge.articleId);
  const from = String(edge.personId);
  if (to) {
    const item = items.toMentionItem(articleId, to.id, String(edge.publishedAt));
    await table.send(new UpdateCommand({ TableName: table.name, ...updateItem(item as unknown as Item) }));
  }
  await relinkArticle(table, articleId, (links) => ({
    ...links,
    people: replaceLink(links.people, 'personId', from, to && { personId: to.id, name: to.name }),
  }));
  if (to)
    await countMentions(table, { id: articleId, people: [{ personId: to.id, name: to.name }], events: [] }, noEdges());
  await removeStaleEdges(
    table,
    { id: articleId, people: [], events: [], terms: [] },
    {
      ...noEdges(),
      people: new Set([from]),
    },
  );
}

/** Moves one coverage edge (article → event `from`) to event `to`, or removes it; as `moveMention`. */
export async function moveCoverage(table: Table, edge: Item, to?: { id: string; name: string }): Promise<void> {
  const articleId = String(edge.articleId);
  const from = String(edge.eventId);
  if (to) {
    const item = items.toCoverageItem(articleId, to.id, String(edge.publishedAt));
    await table.send(new UpdateCommand({ TableName: table.name, ...updateItem(item as unknown as Item) }));
  }
  await relinkArticle(table, articleId, (links) => ({
    ...links,
    events: replaceLink(links.events, 'eventId', from, to && { eventId: to.id, name: to.name }),
  }));
  // As a mention: the moved coverage counts for its new event, the old one comes off.
  if (to)
    await countMentions(table, { id: articleId, people: [], events: [{ eventId: to.id, name: to.name }] }, noEdges());
  await removeStaleEdges(
    table,
    { id: articleId, people: [], events: [], terms: [] },
    {
      ...noEdges(),
      events: new Set([from]),
    },
  );
}

const noEdges = () => ({
  people: new Set<string>(),
  counted: new Set<string>(),
  events: new Set<string>(),
  countedEvents: new Set<string>(),
  terms: new Set<string>(),
});

/** The list with `from` replaced by `to` in its place (kept once when already there), or dropped. */
function replaceLink<T extends Record<K, string>, K extends string>(
  list: readonly T[],
  key: K,
  from: string,
  to: (Partial<T> & Record<K, string>) | undefined,
): T[] {
  const present = to !== undefined && list.some((link) => link[key] === to[key]);
  return list.flatMap((link) => {
    if (link[key] !== from) return [link];
    return to && !present ? [{ ...link, ...to }] : [];
  });
}

/**
 * Moves a participation edge in one transaction: the new edge (absent before) in, the old one (still
 * there) out, and `gains` one participant when given. When the new edge exists already (the person
 * took part under both ids), the old edge goes and `loses` one participant instead. Without a
 * replacement the edge is removed. A retry finds the old edge gone and does nothing: counts stay exact.
 */
export async function moveParticipation(
  table: Table,
  old: Item,
  replacement: Item | undefined,
  counts: { gains?: string; loses?: string },
): Promise<void> {
  const removeOld = {
    Delete: { TableName: table.name, Key: { PK: old.PK, SK: old.SK }, ConditionExpression: 'attribute_exists(PK)' },
  };
  const count = (eventId: string, delta: number) => ({
    Update: {
      TableName: table.name,
      Key: keys.eventKey(eventId),
      UpdateExpression: 'ADD participantCount :delta',
      ExpressionAttributeValues: { ':delta': delta },
    },
  });
  if (replacement) {
    const put = { Put: { TableName: table.name, Item: replacement, ConditionExpression: 'attribute_not_exists(PK)' } };
    const failed = await tryTransaction(table, [put, removeOld, ...(counts.gains ? [count(counts.gains, 1)] : [])]);
    if (failed.length === 0 || failed.includes(1)) return; // moved now, or moved before
  }
  await tryTransaction(table, [removeOld, ...(counts.loses ? [count(counts.loses, -1)] : [])]);
}

/** Undefined when the transaction was written, else each action's cancellation code (a lost race: retry). */
async function transactionCodes(table: Table, actions: object[]): Promise<string[] | undefined> {
  try {
    await table.send(new TransactWriteCommand({ TransactItems: actions as never }));
    return undefined;
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    return (error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
  }
}

/** Indexes of the actions whose condition failed (none: the transaction was written). */
async function tryTransaction(table: Table, actions: object[]): Promise<number[]> {
  try {
    await table.send(new TransactWriteCommand({ TransactItems: actions as never }));
    return [];
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    // Cancelled for anything else (a conflicting transaction, throttling) nothing was written and nothing
    // was decided: the caller's retry (merges are idempotent) must see an error, not a move that never happened.
    if (!reasons.some((reason) => reason.Code === 'ConditionalCheckFailed')) throw error;
    if (reasons.some((reason) => reason.Code && reason.Code !== 'None' && reason.Code !== 'ConditionalCheckFailed'))
      throw error;
    return reasons.flatMap((reason, i) => (reason.Code === 'ConditionalCheckFailed' ? [i] : []));
  }
}

/** An article's people and events lists with its version, read consistently (links move under it). */
// biome-ignore lint/suspicious/noExplicitAny: the item as DynamoDB returns it
export async function readLinks(table: Table, articleId: string): Promise<Record<string, any> | undefined> {
  const { Item } = await table.send(
    new GetCommand({
      TableName: table.name,
      Key: keys.articleKey(articleId),
      ProjectionExpression: 'people, events, version',
      ConsistentRead: true,
    }),
  );
  return Item;
}
