import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { PrimaryKey } from './keys.js';
import type { Table } from './table.js';

const CHUNK = 100; // BatchGetItem's limit per request
const RETRY = { maxRounds: 6, baseMs: 25 };

type Item = Record<string, unknown>;

/**
 * Reads many items by key: chunks of 100, one request per chunk in parallel, and UnprocessedKeys
 * retried with full-jitter backoff (DynamoDB returns them under throttling or the 16 MB response limit).
 */
export async function batchGetItems(
  table: Table,
  keys: readonly PrimaryKey[],
  { consistent = false } = {},
): Promise<Item[]> {
  const unique = dedupe(keys);
  const chunks: PrimaryKey[][] = [];
  for (let i = 0; i < unique.length; i += CHUNK) chunks.push(unique.slice(i, i + CHUNK));
  const results = await Promise.all(chunks.map((chunk) => getChunk(table, chunk, consistent)));
  return results.flat();
}

async function getChunk(table: Table, keys: PrimaryKey[], consistent: boolean): Promise<Item[]> {
  const items: Item[] = [];
  const send = async (pending: Item[]) => {
    const output = await table.send(
      new BatchGetCommand({
        RequestItems: { [table.name]: { Keys: pending, ...(consistent ? { ConsistentRead: true } : {}) } },
      }),
    );
    items.push(...((output.Responses?.[table.name] ?? []) as Item[]));
    return (output.UnprocessedKeys?.[table.name]?.Keys ?? []) as Item[];
  };
  const keyItems = keys.map((key) => ({ PK: key.PK, SK: key.SK }));
  await table.drain(keyItems, send, { ...RETRY, what: (left) => `BatchGetItem left ${left} keys` });
  return items;
}

function dedupe(keys: readonly PrimaryKey[]): PrimaryKey[] {
  const seen = new Map<string, PrimaryKey>();
  for (const key of keys) seen.set(`${key.PK}\u0000${key.SK}`, key);
  return [...seen.values()];
}
