import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.js';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Article } from '../domain/article.js';
import { mergeRelated, rankRelated, type RelatedArticle, type RelatednessProfile } from '../domain/related.js';
import { isPublished } from '../domain/takedown.js';
import { batchGetItems } from './batch-get.js';
import { fromArticleItem } from './items.js';
import * as keys from './keys.js';

/** How many of each person's or event's newest articles are considered as related candidates. */
const CANDIDATES_PER_ENTITY = 50;

const profileOf = (article: Article): RelatednessProfile => ({
  id: article.id,
  publishedAt: article.publishedAt,
  personIds: article.people.map((p) => p.personId),
  eventIds: article.events.map((e) => e.eventId),
});

/**
 * Related articles are ranked when an article is written, from the inverted edges of its people and
 * events, so reads never fan out. Returns the ranking and the candidates (whose rankings change too).
 */
export async function rankRelatedArticles(table: Table, article: Article, previous?: Article) {
  const partitions = [
    ...article.people.map((p) => keys.personPartition(p.personId)),
    ...article.events.map((e) => keys.eventPartition(e.eventId)),
  ];
  const ids = new Set<string>(previous?.related.map((r) => r.articleId) ?? []);
  await Promise.all(
    partitions.map(async (partition) => {
      const output = await table.send(
        new QueryCommand({
          TableName: table.name,
          IndexName: keys.INDEX.feeds,
          KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)',
          ExpressionAttributeValues: { ':pk': partition, ':prefix': keys.ARTICLE_EDGE_PREFIX },
          ProjectionExpression: 'articleId',
          ScanIndexForward: false,
          Limit: CANDIDATES_PER_ENTITY,
        }),
      );
      for (const item of output.Items ?? []) ids.add(String(item.articleId));
    }),
  );
  ids.delete(article.id);
  // An unpublished article is nobody's related article (its edges are out of GSI1, but an old ranking names it).
  const candidates = (await batchGetItems(table, [...ids].map(keys.articleKey)))
    .map(fromArticleItem)
    .filter(isPublished);
  return { related: rankRelated(profileOf(article), candidates.map(profileOf)), candidates };
}

/** Puts the written article into (or out of) each candidate's ranking; a candidate changed meanwhile is left to its own next write. */
export async function refreshRelatedOf(table: Table, article: Article, candidates: readonly Article[]): Promise<void> {
  await Promise.all(
    candidates.map(async (candidate) => {
      const [entry] = rankRelated(profileOf(candidate), [profileOf(article)], 1);
      const merged = mergeRelated(
        candidate.related,
        entry ?? ({ articleId: article.id, score: 0, publishedAt: article.publishedAt } satisfies RelatedArticle),
      );
      if (JSON.stringify(merged) === JSON.stringify(candidate.related)) return;
      try {
        await table.send(
          new UpdateCommand({
            TableName: table.name,
            Key: keys.articleKey(candidate.id),
            UpdateExpression: 'SET related = :related',
            ConditionExpression: 'version = :version',
            ExpressionAttributeValues: { ':related': merged, ':version': candidate.version },
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }),
  );
}
