import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.js';
import type { Page, PageRequest } from '../domain/pagination.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { upperBound } from './keys.js';

type Item = Record<string, unknown>;

/** Query pages (1 MB each) one list page may read: 100 items of up to ~40 KB each. */
const MAX_READS = 4;

export interface PagedQuery {
  index?: string;
  partitionAttribute: 'PK' | 'GSI1PK' | 'GSI2PK';
  sortAttribute: 'SK' | 'GSI1SK' | 'GSI2SK';
  partition: string;
  /** Only sort keys starting with this. */
  prefix?: string;
  /** Inclusive bounds on the sort key (after the prefix is applied). */
  from?: string;
  to?: string;
  descending: boolean;
}

/**
 * One page of a Query, usually in one round trip: the cursor becomes a bound of the key condition
 * (so pages stay put while items arrive), and one extra item tells whether another page exists.
 */
export async function queryPage(table: Table, query: PagedQuery, { first, after }: PageRequest): Promise<Page<Item>> {
  const cursor = after ? decodeCursor(after) : undefined;
  let lower = maxOf(query.prefix, query.from);
  let upper = minOf(query.prefix === undefined ? undefined : upperBound(query.prefix), query.to);
  if (cursor !== undefined) {
    if (query.descending) upper = minOf(upper, cursor);
    else lower = maxOf(lower, cursor);
  }
  const values: Record<string, string> = { ':partition': query.partition };
  let sortCondition = '';
  if (lower !== undefined && upper !== undefined) {
    if (lower > upper) return { edges: [], hasNextPage: false };
    sortCondition = ` AND ${query.sortAttribute} BETWEEN :lower AND :upper`;
    Object.assign(values, { ':lower': lower, ':upper': upper });
  } else if (upper !== undefined) {
    sortCondition = ` AND ${query.sortAttribute} <= :upper`;
    values[':upper'] = upper;
  } else if (lower !== undefined) {
    sortCondition = ` AND ${query.sortAttribute} >= :lower`;
    values[':lower'] = lower;
  }
  // DynamoDB stops a Query at 1 MB: follow LastEvaluatedKey until the page is full (plus the one item
  // that tells whether another page exists), reading at most MAX_READS pages per request.
  const wanted = first + (cursor === undefined ? 1 : 2);
  const items: Item[] = [];
  let startKey: Record<string, unknown> | undefined;
  for (let reads = 0; reads < MAX_READS; reads++) {
    const output = await table.send(
      new QueryCommand({
        TableName: table.name,
        ...(query.index ? { IndexName: query.index } : {}),
        KeyConditionExpression: `${query.partitionAttribute} = :partition${sortCondition}`,
        ExpressionAttributeValues: values,
        ScanIndexForward: !query.descending,
        // The cursor's own item may come back (bounds are inclusive) and is skipped; one more shows a next page.
        Limit: wanted - items.length,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    items.push(...(output.Items ?? []));
    startKey = output.LastEvaluatedKey;
    if (!startKey || items.length >= wanted) break;
  }
  const found = items.filter((item) => item[query.sortAttribute] !== cursor);
  const edges = found
    .slice(0, first)
    .map((item) => ({ cursor: encodeCursor(String(item[query.sortAttribute])), node: item }));
  // Stopped by the read bound with more to read: the page is short, but the last cursor goes on from there.
  return { edges, hasNextPage: found.length > first || (startKey !== undefined && items.length < wanted) };
}

const maxOf = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;
const minOf = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;

/** Maps a page's nodes, keeping cursors. */
export function mapPage<A, B>(page: Page<A>, map: (node: A) => B): Page<B> {
  return {
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })),
    hasNextPage: page.hasNextPage,
  };
}
