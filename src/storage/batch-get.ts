import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { fullJitterDelay, sleep } from './backoff.js';
import type { DocumentClient } from './document-client.js';
import type { PrimaryKey } from './keys.js';

const CHUNK = 100; // BatchGetItem's limit per request
const MAX_ROUNDS = 6;

type Item = Record<string, unknown>;

/**
 * Reads many items by key: chunks of 100, one request per chunk in parallel, and UnprocessedKeys
 * retried with full-jitter backoff (DynamoDB returns them under throttling or the 16 MB response limit).
 */
export async function batchGetItems(
  client: DocumentClient,
  table: string,
  keys: readonly PrimaryKey[],
  { consistent = false } = {},
): Promise<Item[]> {
  const unique = dedupe(keys);
  const chunks: PrimaryKey[][] = [];
  for (let i = 0; i < unique.length; i += CHUNK) chunks.push(unique.slice(i, i + CHUNK));
  const results = await Promise.all(chunks.map((chunk) => getChunk(client, table, chunk, consistent)));
  return results.flat();
}

async function getChunk(
  client: DocumentClient,
  table: string,
  keys: PrimaryKey[],
  consistent: boolean,
): Promise<Item[]> {
  const items: Item[] = [];
  let pending: Item[] = keys.map((key) => ({ PK: key.PK, SK: key.SK }));
  for (let round = 0; pending.length > 0; round++) {
    if (round >= MAX_ROUNDS)
      throw new Error(`BatchGetItem left ${pending.length} keys unprocessed after ${MAX_ROUNDS} rounds`);
    if (round > 0) await sleep(fullJitterDelay(round, 25));
    const output = await client.send(
      new BatchGetCommand({
        RequestItems: { [table]: { Keys: pending, ...(consistent ? { ConsistentRead: true } : {}) } },
      }),
    );
    items.push(...((output.Responses?.[table] ?? []) as Item[]));
    pending = (output.UnprocessedKeys?.[table]?.Keys ?? []) as Item[];
  }
  return items;
}

function dedupe(keys: readonly PrimaryKey[]): PrimaryKey[] {
  const seen = new Map<string, PrimaryKey>();
  for (const key of keys) seen.set(`${key.PK}\u0000${key.SK}`, key);
  return [...seen.values()];
}
