import type { ArticleListing } from '../domain/article-repository.js';
import { InvalidInputError } from '../domain/errors.js';
import type { Edge, Page, PageRequest } from '../domain/pagination.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { INDEX, updatedPartition } from './keys.js';
import { queryPage } from './paged-query.js';
import type { Table } from './table.js';

/** Month partitions one page may read: a poll from long ago walks empty months this many at a time. */
const MAX_MONTHS = 12;

/**
 * Articles changed at or after `since`, oldest change first, across the monthly `UPDATED#<yyyy-mm>`
 * partitions up to the current month. The cursor is the last entry's `<updatedAt>#<id>`, so a client
 * resumes exactly where it stopped; an article changed again moves to the end of the feed.
 */
export async function listUpdatedArticles(
  table: Table,
  since: string,
  { first, after }: PageRequest,
  now: Date = new Date(),
): Promise<Page<ArticleListing>> {
  const lower = instant(since);
  let position = after ? decodeCursor(after) : undefined;
  let month = (position !== undefined && position > lower ? position : lower).slice(0, 7);
  const current = now.toISOString().slice(0, 7);
  const edges: Edge<ArticleListing>[] = [];
  for (let months = 0; months < MAX_MONTHS && month <= current; months++) {
    const page = await queryPage(
      table,
      {
        index: INDEX.feeds,
        partitionAttribute: 'GSI1PK',
        sortAttribute: 'GSI1SK',
        partition: updatedPartition(month),
        from: lower,
        descending: false,
      },
      { first: first - edges.length, ...(position?.startsWith(month) ? { after: encodeCursor(position) } : {}) },
    );
    edges.push(...page.edges.map(({ cursor, node }) => ({ cursor, node: { id: String(node.articleId) } })));
    if (page.hasNextPage) return { edges, hasNextPage: true };
    if (edges.length >= first) return { edges, hasNextPage: month < current };
    month = nextMonth(month);
    position = undefined;
  }
  // Stopped by the bound on months read: the next page starts at the first month not read.
  return month <= current
    ? { edges, hasNextPage: true, endCursor: encodeCursor(`${month}-01T00:00:00.000Z#`) }
    : { edges, hasNextPage: false };
}

function instant(value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time))
    throw new InvalidInputError(`filter.updatedSince: "${value.slice(0, 40)}" is not a date-time`);
  return new Date(time).toISOString();
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}
