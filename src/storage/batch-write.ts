import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { fullJitterDelay, sleep } from './backoff.js';
import type { DocumentClient } from './document-client.js';
import type { PrimaryKey } from './keys.js';

const CHUNK = 25; // BatchWriteItem's limit per request
const MAX_ROUNDS = 8;

export type WriteRequest = { put: object } | { delete: PrimaryKey };

/**
 * Puts and deletes in chunks of 25, chunks in parallel, UnprocessedItems retried with full-jitter
 * backoff (DynamoDB returns them under throttling). Each write is idempotent on its own; the batch as
 * a whole is not atomic, which is why only edges and lookups, never an article, are written this way.
 */
export async function batchWrite(
  client: DocumentClient,
  table: string,
  requests: readonly WriteRequest[],
): Promise<void> {
  const chunks: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += CHUNK) chunks.push(requests.slice(i, i + CHUNK));
  await Promise.all(chunks.map((chunk) => writeChunk(client, table, chunk)));
}

async function writeChunk(client: DocumentClient, table: string, chunk: WriteRequest[]): Promise<void> {
  let pending: Record<string, unknown>[] = chunk.map((request) =>
    'put' in request
      ? { PutRequest: { Item: request.put } }
      : { DeleteRequest: { Key: { PK: request.delete.PK, SK: request.delete.SK } } },
  );
  for (let round = 0; pending.length > 0; round++) {
    if (round >= MAX_ROUNDS)
      throw new Error(`BatchWriteItem left ${pending.length} writes unprocessed after ${MAX_ROUNDS} rounds`);
    if (round > 0) await sleep(fullJitterDelay(round, 50));
    const output = await client.send(new BatchWriteCommand({ RequestItems: { [table]: pending as never } }));
    pending = (output.UnprocessedItems?.[table] ?? []) as Record<string, unknown>[];
  }
}
