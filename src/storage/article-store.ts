import { QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Article, ArticleDocument, Translation } from '../domain/article.js';
import type { ArticleRepository, SlugMatch, TranslationKey } from '../domain/article-repository.js';
import { translationKeyId } from '../domain/article-repository.js';
import type { Page, PageRequest } from '../domain/pagination.js';
import { batchGetItems } from './batch-get.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { ALL_ARTICLES_FEED, INDEX, articleKey, languageOfSlugSortKey, slugPartition, translationKey } from './keys.js';
import { fromArticleItem, fromTranslationItem, toArticleItem, toSlugItem, toTranslationItem } from './article-items.js';

/** Articles in the single table (see schema/dynamodb.md for each pattern's key condition). */
export class DynamoArticleRepository implements ArticleRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async getArticles(ids: readonly string[]): Promise<Map<string, Article>> {
    const items = await batchGetItems(this.client, this.table, ids.map(articleKey));
    const articles = items.map(fromArticleItem);
    return new Map(articles.map((article) => [article.id, article]));
  }

  async getTranslations(keys: readonly TranslationKey[]): Promise<Map<string, Translation>> {
    const items = await batchGetItems(this.client, this.table, keys.map((k) => translationKey(k.articleId, k.language)));
    const translations = items.map(fromTranslationItem);
    return new Map(translations.map((t) => [translationKeyId(t), t]));
  }

  async findBySlug(slug: string): Promise<SlugMatch[]> {
    const output = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': slugPartition(slug) },
      }),
    );
    return (output.Items ?? []).map((item) => ({
      articleId: String(item.articleId),
      language: languageOfSlugSortKey(String(item.SK)),
    }));
  }

  async listArticles({ first, after }: PageRequest): Promise<Page<Article>> {
    const before = after ? decodeCursor(after) : undefined;
    const output = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEX.feeds,
        KeyConditionExpression: before ? 'GSI1PK = :feed AND GSI1SK < :before' : 'GSI1PK = :feed',
        ExpressionAttributeValues: { ':feed': ALL_ARTICLES_FEED, ...(before ? { ':before': before } : {}) },
        ScanIndexForward: false,
        // One extra item tells whether a next page exists without a second round trip.
        Limit: first + 1,
      }),
    );
    const items = output.Items ?? [];
    const edges = items.slice(0, first).map((item) => ({ cursor: encodeCursor(String(item.GSI1SK)), node: fromArticleItem(item) }));
    return { edges, hasNextPage: items.length > first };
  }

  async saveArticle({ article, translations }: ArticleDocument): Promise<void> {
    const slugs = [{ slug: article.slug, language: article.language }, ...translations];
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.table,
              Item: toArticleItem(article),
              // Versions only move forward: a stale writer fails instead of overwriting newer content.
              ConditionExpression: 'attribute_not_exists(PK) OR version < :version',
              ExpressionAttributeValues: { ':version': article.version },
            },
          },
          ...translations.map((t) => ({ Put: { TableName: this.table, Item: toTranslationItem(t) } })),
          ...slugs.map(({ slug, language }) => ({
            Put: {
              TableName: this.table,
              Item: toSlugItem(article.id, slug, language),
              // A slug belongs to one article per language.
              ConditionExpression: 'attribute_not_exists(PK) OR articleId = :id',
              ExpressionAttributeValues: { ':id': article.id },
            },
          })),
        ],
      }),
    );
  }

  async isEmpty(): Promise<boolean> {
    const output = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEX.feeds,
        KeyConditionExpression: 'GSI1PK = :feed',
        ExpressionAttributeValues: { ':feed': ALL_ARTICLES_FEED },
        Limit: 1,
      }),
    );
    return (output.Items ?? []).length === 0;
  }
}
