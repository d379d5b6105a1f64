import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type NameRefreshJob, type NameRefreshQueue, nextRefresh } from '../domain/name-copies.js';
import { decodeStartKey, encodeStartKey } from './cursor.js';
import { inBatches } from './in-batches.js';
import * as keys from './keys.js';
import { relinkArticle } from './link-moves.js';
import type { Table } from './table.js';

/** Articles one refresh step relinks at most: a few writes each, so a step stays well inside a Lambda's time. */
export const NAME_REFRESH_PAGE = 100;

/**
 * One step of a rename's refresh: the next page of the entity's article edges (newest first), each article's
 * copy of the name set to the entity's name as stored now (so repeated steps end on the last name; the
 * sweep catches a step that read an earlier one). Returns the next job: the next page, the sweep after a
 * first pass, or undefined when a sweep is done. A merged or deleted entity
 * has nothing to refresh: its merge or deletion relinks the articles itself. Unpublished articles have no
 * edge in the index: a status change drops an article's claim to current copies (article-status.ts).
 */
export async function refreshNameCopies(
  table: Table,
  job: NameRefreshJob,
  pageSize = NAME_REFRESH_PAGE,
): Promise<NameRefreshJob | undefined> {
  const person = job.type === 'Person';
  const { Item } = await table.send(
    new GetCommand({
      TableName: table.name,
      Key: person ? keys.personKey(job.id) : keys.eventKey(job.id),
      ProjectionExpression: '#name',
      ExpressionAttributeNames: { '#name': 'name' },
      ConsistentRead: true,
    }),
  );
  // Merged or deleted: their own moves relink the articles.
  if (typeof Item?.name !== 'string') return undefined;
  const name = Item.name;
  const page = await table.send(
    new QueryCommand({
      TableName: table.name,
      IndexName: keys.INDEX.feeds,
      KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)',
      ExpressionAttributeValues: {
        ':pk': person ? keys.personPartition(job.id) : keys.eventPartition(job.id),
        ':prefix': keys.ARTICLE_EDGE_PREFIX,
      },
      ProjectionExpression: 'articleId',
      // Newest first: the articles at the head of the feeds, what most readers see, are relinked first.
      ScanIndexForward: false,
      Limit: pageSize,
      ...(job.cursor ? { ExclusiveStartKey: decodeStartKey(job.cursor, 'a name refresh cursor') } : {}),
    }),
  );
  const articleIds = [...new Set((page.Items ?? []).map((edge) => String(edge.articleId)))];
  await inBatches(articleIds, (articleId) =>
    relinkArticle(table, articleId, (links) =>
      person
        ? { ...links, people: links.people.map((p) => (p.personId === job.id ? { ...p, name } : p)) }
        : { ...links, events: links.events.map((e) => (e.eventId === job.id ? { ...e, name } : e)) },
    ),
  );
  return nextRefresh(job, page.LastEvaluatedKey && encodeStartKey(page.LastEvaluatedKey));
}

/**
 * Local runs and tests: the whole first pass, page after page, before the rename returns. No sweep: one
 * process, so no import elsewhere can have read the old name meanwhile.
 */
export class InlineNameRefresh implements NameRefreshQueue {
  constructor(
    private readonly table: Table,
    private readonly pageSize = NAME_REFRESH_PAGE,
  ) {}

  async start(job: NameRefreshJob): Promise<void> {
    for (let next: NameRefreshJob | undefined = job; next && !next.sweep; )
      next = await refreshNameCopies(this.table, next, this.pageSize);
  }
}
