import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.js';
import { keepEdges, type Page, type PageRequest } from '../domain/pagination.js';
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
  /** The list's counter (keys.listName) when the query reads a whole list (no range, no name prefix). */
  list?: string;
  /**
   * A FilterExpression over a bounded partition (a run's documents by outcome): DynamoDB applies `Limit`
   * before it, so a page may take more reads (within the bound) or come back short with a cursor to go on.
   */
  filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
}

/**
 * One page of a Query, usually in one round trip: the cursors become bounds of the key condition (so
 * pages stay put while items arrive), and one extra item tells whether another page exists. `descending`
 * is the list's natural order (`reverse` turns it); a backward page (`last`) reads the other way from
 * its end and is turned back.
 */
export async function queryPage(table: Table, query: PagedQuery, request: PageRequest): Promise<Page<Item>> {
  const { first, backward = false } = request;
  const descending = query.descending !== (request.reverse ?? false);
  const after = request.after ? decodeCursor(request.after, 'after') : undefined;
  const before = request.before ? decodeCursor(request.before, 'before') : undefined;
  let lower = maxOf(query.prefix, query.from);
  let upper = minOf(query.prefix === undefined ? undefined : upperBound(query.prefix), query.to);
  // In a descending list the items after a cursor sort below it.
  const [below, above] = descending ? [after, before] : [before, after];
  if (below !== undefined) upper = minOf(upper, below);
  if (above !== undefined) lower = maxOf(lower, above);
  const values: Record<string, unknown> = { ':partition': query.partition };
  let sortCondition = '';
  if (lower !== undefined && upper !== undefined) {
    if (lower > upper) return { edges: [], hasNextPage: false, hasPreviousPage: Boolean(after || before) };
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
  // that tells whether another page exists), reading at most MAX_READS pages per request. The cursors'
  // own items may come back (bounds are inclusive) and are skipped.
  const wanted = first + 1 + (after === undefined ? 0 : 1) + (before === undefined ? 0 : 1);
  const items: Item[] = [];
  let startKey: Record<string, unknown> | undefined;
  for (let reads = 0; reads < MAX_READS; reads++) {
    const output = await table.send(
      new QueryCommand({
        TableName: table.name,
        ...(query.index ? { IndexName: query.index } : {}),
        KeyConditionExpression: `${query.partitionAttribute} = :partition${sortCondition}`,
        ExpressionAttributeValues: { ...values, ...query.filter?.values },
        ...(query.filter
          ? { FilterExpression: query.filter.expression, ExpressionAttributeNames: query.filter.names }
          : {}),
        ScanIndexForward: descending === backward,
        Limit: wanted - items.length,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    items.push(...(output.Items ?? []));
    startKey = output.LastEvaluatedKey;
    if (!startKey || items.length >= wanted) break;
  }
  const found = items.filter((item) => item[query.sortAttribute] !== after && item[query.sortAttribute] !== before);
  const read = found
    .slice(0, first)
    .map((item) => ({ cursor: encodeCursor(String(item[query.sortAttribute])), node: item }));
  // Stopped by the read bound with more to read: the page is short, but its far cursor goes on from there.
  const more = found.length > first || (startKey !== undefined && items.length < wanted);
  // A cursor marks an item this API served, so a list beyond it exists (Relay lets a server say so).
  const counted = query.list === undefined ? {} : { countKey: query.list };
  return backward
    ? { edges: read.reverse(), hasNextPage: before !== undefined, hasPreviousPage: more, ...counted }
    : { edges: read, hasNextPage: more, hasPreviousPage: after !== undefined, ...counted };
}

const maxOf = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;
const minOf = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;

/** Maps a page's nodes, keeping cursors and page info. */
export const mapPage = <A, B>(page: Page<A>, map: (node: A) => B): Page<B> => keepEdges(page, map);
