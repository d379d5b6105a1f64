import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ListCounts } from '../domain/list-counts.js';
import type { Table } from './table.js';
import { batchGetItems } from './batch-get.js';
import * as keys from './keys.js';
import { queryAll } from './query-all.js';

/** Counter writes in flight at once when a transaction falls back to single changes. */
const PARALLEL = 25;

/**
 * Every list's `totalCount` is a counter item kept on write (an atomic ADD), never a scan nor a Query
 * with Select COUNT. An item counts in a list once: a membership marker in the item's own collection
 * (`COUNTED#<list>`) is created with `attribute_not_exists` in one transaction with the ADD, and deleted
 * under `attribute_exists` with the ADD of -1 (50 lists per transaction). So a re-import, a retry or a rewrite of the same item changes no count;
 * only memberships gained or lost do. `lists` is every list the item is in now; the ones it left are
 * taken off. An article's, event's or person's writer calls this after its own write; an unpublish
 * calls it with no lists.
 */
export async function syncMemberships(table: Table, owner: string, lists: readonly string[]): Promise<void> {
  const wanted = new Set(lists);
  const counted = new Set(
    (
      await queryAll(table, {
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': owner, ':prefix': keys.MEMBERSHIP_PREFIX },
        ProjectionExpression: 'SK',
        ConsistentRead: true,
      })
    ).map((item) => String(item.SK).slice(keys.MEMBERSHIP_PREFIX.length)),
  );
  const joined = [...wanted].filter((list) => !counted.has(list));
  const left = [...counted].filter((list) => !wanted.has(list));
  const chunks: Change[][] = [];
  const changes: Change[] = [
    ...joined.map((list) => ({ list, delta: 1 as const })),
    ...left.map((list) => ({ list, delta: -1 as const })),
  ];
  for (let i = 0; i < changes.length; i += PER_TRANSACTION) chunks.push(changes.slice(i, i + PER_TRANSACTION));
  await Promise.all(chunks.map((chunk) => countChunk(table, owner, chunk)));
}

interface Change {
  list: string;
  delta: 1 | -1;
}

/** Marker and counter change pairs per transaction (TransactWriteItems takes 100 actions). */
const PER_TRANSACTION = 50;

/**
 * Markers and their counters change together in one transaction (one call for 50 lists, and no count
 * lost between a marker and its ADD). When it is cancelled (another writer counted one of them first, or
 * touched a counter at the same moment), each change goes on its own, its marker's condition deciding.
 */
async function countChunk(table: Table, owner: string, chunk: readonly Change[]): Promise<void> {
  try {
    await table.send(
      new TransactWriteCommand({
        TransactItems: chunk.flatMap(({ list, delta }) => [
          delta > 0
            ? {
                Put: {
                  TableName: table.name,
                  Item: keys.membershipKey(owner, list),
                  ConditionExpression: 'attribute_not_exists(PK)',
                },
              }
            : {
                Delete: {
                  TableName: table.name,
                  Key: keys.membershipKey(owner, list),
                  ConditionExpression: 'attribute_exists(PK)',
                },
              },
          { Update: { TableName: table.name, ...counterUpdate(list, delta) } },
        ]),
      }),
    );
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    for (let i = 0; i < chunk.length; i += PARALLEL)
      await Promise.all(
        chunk
          .slice(i, i + PARALLEL)
          .map(({ list, delta }) => (delta > 0 ? join(table, owner, list) : leave(table, owner, list))),
      );
  }
}

/** Counts an item in one list, once (its marker's conditional put decides). */
async function join(table: Table, owner: string, list: string): Promise<void> {
  try {
    await table.send(
      new PutCommand({
        TableName: table.name,
        Item: keys.membershipKey(owner, list),
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return; // another writer counted it
    throw error;
  }
  await addToCount(table, list, 1);
}

async function leave(table: Table, owner: string, list: string): Promise<void> {
  const { Attributes } = await table.send(
    new DeleteCommand({ TableName: table.name, Key: keys.membershipKey(owner, list), ReturnValues: 'ALL_OLD' }),
  );
  if (Attributes) await addToCount(table, list, -1);
}

/** The one place a list's count changes (memberships, and edges counted by their own condition). */
export async function addToCount(table: Table, list: string, delta: number): Promise<void> {
  if (delta === 0) return;
  await table.send(new UpdateCommand({ TableName: table.name, ...counterUpdate(list, delta) }));
}

/** The counter's ADD, for a writer that puts it in its own transaction (an import run's start). */
export const counterUpdate = (list: string, delta: number) => ({
  Key: keys.counterKey(list),
  UpdateExpression: 'ADD #count :delta SET #list = :list, #type = :type',
  ExpressionAttributeNames: { '#count': 'count', '#list': 'list', '#type': 'type' },
  ExpressionAttributeValues: { ':delta': delta, ':list': list, ':type': 'Counter' },
});

/** The counters, for the read side (totalCount). */
export class DynamoListCounts implements ListCounts {
  constructor(private readonly table: Table) {}

  counts(lists: readonly string[]): Promise<Map<string, number>> {
    return readCounts(this.table, lists);
  }
}

/** Many lists' counts in one BatchGetItem (per 100); a list never counted is empty. */
export async function readCounts(table: Table, lists: readonly string[]): Promise<Map<string, number>> {
  const found = await batchGetItems(table, lists.map(keys.counterKey));
  const counts = new Map(lists.map((list) => [list, 0]));
  for (const item of found) counts.set(String(item.list), Number(item.count ?? 0));
  return counts;
}
