import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { InvalidInputError } from '../domain/errors.js';
import { batchGetItems } from './batch-get.js';
import { decodeStartKey, encodeStartKey } from './cursor.js';
import { toUpdateEntryItem } from './items.js';
import * as keys from './keys.js';
import type { Table } from './table.js';

/** What one backfill call did, and where the next one starts (absent: the feed has been walked to its end). */
export interface BackfillProgress {
  read: number;
  written: number;
  /** Articles with no `updatedAt` to place them by: left out, never given an invented date. */
  undated: number;
  complete: boolean;
  cursor?: string;
}

const MAX_LIMIT = 1000;

/**
 * Writes the UpdateEntry (`articles(filter: { updatedSince })`) of articles stored before those entries
 * existed. Walks the all-articles feed (GSI1 `FEED#ALL`, pattern 3: no Scan) `limit` items a call from
 * `cursor`; one BatchGetItem finds which entries exist, and each missing one is put under
 * `attribute_not_exists`, so an article written meanwhile keeps the entry its own write put. Every
 * call is idempotent: rerun from any cursor (or from the start) to resume. Unpublished articles are
 * in no feed: theirs is written by their next write.
 */
export async function backfillUpdateEntries(
  table: Table,
  { cursor, limit = 200 }: { cursor?: string | undefined; limit?: number } = {},
): Promise<BackfillProgress> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw new InvalidInputError(`limit: give a whole number from 1 to ${MAX_LIMIT}`);
  const output = await table.send(
    new QueryCommand({
      TableName: table.name,
      IndexName: keys.INDEX.feeds,
      KeyConditionExpression: 'GSI1PK = :feed',
      ExpressionAttributeValues: { ':feed': keys.ALL_ARTICLES_FEED },
      ProjectionExpression: 'PK, SK, GSI1PK, GSI1SK, id, updatedAt',
      Limit: limit,
      ...(cursor ? { ExclusiveStartKey: decodeStartKey(cursor, 'a cursor printed by this backfill') } : {}),
    }),
  );
  const articles = (output.Items ?? []).map((item) => ({ id: String(item.id), updatedAt: item.updatedAt }));
  const dated = articles.filter((a): a is { id: string; updatedAt: string } => typeof a.updatedAt === 'string');
  const present = await batchGetItems(
    table,
    dated.map((a) => ({ PK: keys.articlePartition(a.id), SK: keys.UPDATE_ENTRY_SORT_KEY })),
  );
  const has = new Set(present.map((item) => String(item.articleId)));
  const missing = dated.filter((a) => !has.has(a.id));
  const written = await Promise.all(missing.map((article) => putEntry(table, article)));
  return {
    read: articles.length,
    written: written.filter(Boolean).length,
    undated: articles.length - dated.length,
    complete: output.LastEvaluatedKey === undefined,
    ...(output.LastEvaluatedKey ? { cursor: encodeStartKey(output.LastEvaluatedKey) } : {}),
  };
}

async function putEntry(table: Table, article: { id: string; updatedAt: string }): Promise<boolean> {
  try {
    await table.send(
      new PutCommand({
        TableName: table.name,
        Item: toUpdateEntryItem(article),
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
