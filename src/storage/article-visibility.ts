import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Article } from '../domain/article.js';
import { addMentions, countMentions, storedEdges } from './article-edges.js';
import { listArticle } from './article-lists.js';
import { batchWrite } from './batch-write.js';
import { EDGE_SUMMARY, edgeSummary } from './edge-summaries.js';
import { addArticles } from './event-coverage.js';
import * as keys from './keys.js';
import { queryAll } from './query-all.js';
import type { Table } from './table.js';

type Item = Record<string, unknown>;

const PARALLEL = 10;

/** An article's whole item collection, read consistently: its translations, language entries and edges. */
export async function collectionOf(table: Table, articleId: string) {
  const found = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.articlePartition(articleId) },
    ConsistentRead: true,
  });
  const ofType = (type: string) => found.filter((item) => item.type === type);
  return {
    all: found,
    translations: ofType('Translation'),
    languageEntries: ofType('LanguageEntry'),
    edges: found.filter((item) => item.type === 'Mention' || item.type === 'Coverage' || item.type === 'Filing'),
  };
}

/**
 * Takes every edge of an unpublished article out of GSI1 (no person, event or term page can list it),
 * and each counted mention off its person's mentionCount: the mark and the index keys go in one
 * update, so a retry never takes a mention off twice.
 */
export async function hideEdges(table: Table, article: Pick<Article, 'id'>): Promise<void> {
  const { edges } = await collectionOf(table, article.id);
  await inParallel(
    edges.map((edge) => async () => {
      // Its summary goes too: a republish writes the then-current one.
      const old = await updateEdge(table, edge, {
        UpdateExpression: `REMOVE GSI1PK, GSI1SK, counted, ${EDGE_SUMMARY}`,
      });
      if (old?.counted === true) await uncount(table, edge);
    }),
  );
}

/** Puts a republished article's edges back in GSI1 and counts its mentions again (once each). */
export async function showEdges(table: Table, article: Article): Promise<void> {
  const { edges } = await collectionOf(table, article.id);
  await inParallel(
    edges.map((edge) => async () => {
      const index = indexKeysOf(edge, article);
      const summarized = edge.type === 'Mention' || edge.type === 'Coverage';
      await updateEdge(table, edge, {
        UpdateExpression: `SET GSI1PK = :pk, GSI1SK = :sk${summarized ? `, ${EDGE_SUMMARY} = :summary` : ''}`,
        ExpressionAttributeValues: {
          ':pk': index.GSI1PK,
          ':sk': index.GSI1SK,
          ...(summarized ? { ':summary': edgeSummary(article) } : {}),
        },
      });
    }),
  );
  await countMentions(table, article, await storedEdges(table, article.id));
}

/**
 * Everything left of a deleted article's collection, read once: each edge (a counted mention takes one
 * off its person's mentionCount), then the rest (body parts, review and update entries, anything a later
 * item type adds) in batches. None of it is in a public feed any more: the summary went with the article.
 */
export async function deleteCollection(table: Table, articleId: string): Promise<void> {
  // Out of every counted list first (it reads the article's membership markers, which go with it).
  await listArticle(table, articleId, undefined);
  const { all, edges } = await collectionOf(table, articleId);
  await inParallel(
    edges.map((edge) => async () => {
      const { Attributes: old } = await table.send(
        new DeleteCommand({
          TableName: table.name,
          Key: { PK: String(edge.PK), SK: String(edge.SK) },
          ReturnValues: 'ALL_OLD',
        }),
      );
      if (old?.counted === true) await uncount(table, edge);
    }),
  );
  const rest = all.filter((item) => !edges.includes(item));
  await batchWrite(
    table,
    rest.map((item) => ({ delete: { PK: String(item.PK), SK: String(item.SK) } })),
  );
}

/** A counted edge going: one mention off its person, or one article off its event. */
async function uncount(table: Table, edge: Item): Promise<void> {
  if (edge.type === 'Mention') await addMentions(table, String(edge.personId), -1);
  if (edge.type === 'Coverage') await addArticles(table, String(edge.eventId), -1);
}

/** The GSI1 keys an edge has while its article is published. */
function indexKeysOf(edge: Item, article: Pick<Article, 'id' | 'publishedAt'>): { GSI1PK: string; GSI1SK: string } {
  if (edge.type === 'Mention') return keys.mentionKeys(article.id, String(edge.personId), article.publishedAt);
  if (edge.type === 'Coverage') return keys.coverageKeys(article.id, String(edge.eventId), article.publishedAt);
  const kind = edge.kind as Parameters<typeof keys.termEdgeKeys>[1];
  return keys.termEdgeKeys(article.id, kind, String(edge.termId), article.publishedAt);
}

/** An update of an edge that still exists (one removed meanwhile is not recreated); its old values. */
async function updateEdge(
  table: Table,
  edge: Item,
  update: { UpdateExpression: string; ExpressionAttributeValues?: Record<string, unknown> },
): Promise<Item | undefined> {
  try {
    const output = await table.send(
      new UpdateCommand({
        TableName: table.name,
        Key: { PK: String(edge.PK), SK: String(edge.SK) },
        ConditionExpression: 'attribute_exists(PK)',
        ReturnValues: 'UPDATED_OLD',
        ...update,
      }),
    );
    return output.Attributes;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

async function inParallel(tasks: (() => Promise<void>)[]): Promise<void> {
  for (let i = 0; i < tasks.length; i += PARALLEL)
    await Promise.all(tasks.slice(i, i + PARALLEL).map((task) => task()));
}
