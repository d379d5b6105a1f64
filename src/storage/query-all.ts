import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.js';

/**
 * Every item a Query matches, following LastEvaluatedKey page by page. For bounded collections read on
 * the write path (an article's edges, an event's participants, one import run), never for list pages
 * (those are `queryPage`, bounded by `first`).
 */
export async function queryAll(
  table: Table,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey' | 'TableName'>,
): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const output = await table.send(
      new QueryCommand({ TableName: table.name, ...input, ...(startKey ? { ExclusiveStartKey: startKey } : {}) }),
    );
    found.push(...(output.Items ?? []));
    startKey = output.LastEvaluatedKey;
  } while (startKey);
  return found;
}
