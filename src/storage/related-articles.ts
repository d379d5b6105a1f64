import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.js';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Article } from '../domain/article.js';
import { mergeRelated, rankRelated, type RelatedArticle, type RelatednessProfile } from '../domain/related.js';
import { isPublished } from '../domain/takedown.js';
import { batchGetItems } from './batch-get.js';
import { fromArticleItem } from './items.js';
import * as keys from './keys.js';

/** How many of each person's or event's newest articles are considered as related candidates, at most. */
const CANDIDATES_PER_ENTITY = 50;
/**
 * Candidate edges read in all, shared among the article's people and events (but at least MIN_PER_ENTITY
 * each): a summit article naming 50 people reads 5 per person, not 50. Each edge carries its article's
 * summary, which read units count in full, so this is what keeps an import's reads flat.
 */
const CANDIDATE_READS = 200;
const MIN_PER_ENTITY = 5;

/** How many of each named person's or event's newest articles a write reads as candidates. */
export const candidatesPerEntity = (entities: number): number =>
  Math.max(MIN_PER_ENTITY, Math.min(CANDIDATES_PER_ENTITY, Math.floor(CANDIDATE_READS / Math.max(1, entities))));
/** At most this many candidates are read in all (the newest), however many people and events an article names. */
const MAX_CANDIDATES = 100;
/**
 * At most this many other articles' rankings are refreshed per write (those the new article ranks
 * highest in): the write's cost stays flat as the corpus grows. The others' lists may miss the new
 * article until their own next write: derived data, where being current matters less than flat cost.
 */
export const REFRESH_LIMIT = 10;

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
  const found = new Map<string, string>();
  const perEntity = candidatesPerEntity(partitions.length);
  await Promise.all(
    partitions.map(async (partition) => {
      const output = await table.send(
        new QueryCommand({
          TableName: table.name,
          IndexName: keys.INDEX.feeds,
          KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)',
          ExpressionAttributeValues: { ':pk': partition, ':prefix': keys.ARTICLE_EDGE_PREFIX },
          ProjectionExpression: 'articleId, GSI1SK',
          ScanIndexForward: false,
          Limit: perEntity,
        }),
      );
      for (const item of output.Items ?? []) found.set(String(item.articleId), String(item.GSI1SK));
    }),
  );
  // Edge sort keys start with the publication time: the newest candidates are kept.
  const newest = [...found].sort((a, b) => b[1].localeCompare(a[1])).slice(0, MAX_CANDIDATES);
  const ids = new Set([...(previous?.related?.map((r) => r.articleId) ?? []), ...newest.map(([id]) => id)]);
  ids.delete(article.id);
  // An unpublished article is nobody's related article (its edges are out of GSI1, but an old ranking names it).
  const candidates = (await batchGetItems(table, [...ids].map(keys.articleKey)))
    .map(fromArticleItem)
    .filter(isPublished);
  return { related: rankRelated(profileOf(article), candidates.map(profileOf)), candidates };
}

/**
 * Puts the written article into (or out of) the rankings it changes, at most REFRESH_LIMIT of them
 * (those it ranks highest in, newest first): small updates of article items no index projects. A
 * candidate changed meanwhile is left to its own next write.
 */
export async function refreshRelatedOf(table: Table, article: Article, candidates: readonly Article[]): Promise<void> {
  const changes = candidates.flatMap((candidate) => {
    const [entry] = rankRelated(profileOf(candidate), [profileOf(article)], 1);
    const merged = mergeRelated(
      candidate.related ?? [],
      entry ?? ({ articleId: article.id, score: 0, publishedAt: article.publishedAt } satisfies RelatedArticle),
    );
    const changed = JSON.stringify(merged) !== JSON.stringify(candidate.related ?? []);
    return changed ? [{ candidate, merged, score: entry?.score ?? 0 }] : [];
  });
  changes.sort((a, b) => b.score - a.score || b.candidate.publishedAt.localeCompare(a.candidate.publishedAt));
  await Promise.all(
    changes.slice(0, REFRESH_LIMIT).map(async ({ candidate, merged }) => {
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
