import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { PrimaryKey } from './keys.js';
import type { Table } from './table.js';

const CHUNK = 25; // BatchWriteItem's limit per request
const RETRY = { maxRounds: 8, baseMs: 50 };

export type WriteRequest = { put: object } | { delete: PrimaryKey };

/**
 * Puts and deletes in chunks of 25, chunks in parallel, UnprocessedItems retried with full-jitter
 * backoff (DynamoDB returns them under throttling). Each write is idempotent on its own; the batch as
 * a whole is not atomic, which is why only edges and lookups, never an article, are written this way.
 */
export async function batchWrite(table: Table, requests: readonly WriteRequest[]): Promise<void> {
  const chunks: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += CHUNK) chunks.push(requests.slice(i, i + CHUNK));
  await Promise.all(chunks.map((chunk) => writeChunk(table, chunk)));
}

async function writeChunk(table: Table, chunk: WriteRequest[]): Promise<void> {
  const writes: Record<string, unknown>[] = chunk.map((request) =>
    'put' in request
      ? { PutRequest: { Item: request.put } }
      : { DeleteRequest: { Key: { PK: request.delete.PK, SK: request.delete.SK } } },
  );
  const send = async (pending: Record<string, unknown>[]) => {
    const output = await table.send(new BatchWriteCommand({ RequestItems: { [table.name]: pending as never } }));
    return (output.UnprocessedItems?.[table.name] ?? []) as Record<string, unknown>[];
  };
  await table.drain(writes, send, { ...RETRY, what: (left) => `BatchWriteItem left ${left} writes` });
}
