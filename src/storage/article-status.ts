import type { Article, ArticleStatus } from '../domain/article.js';
import type { AuditEntry } from '../domain/audit.js';
import type { ArticleStatusRepository } from '../domain/takedown.js';
import { auditAction } from './audit-store.js';
import { collectionOf, hideEdges, showEdges } from './article-visibility.js';
import * as keys from './keys.js';
import type { Table } from './table.js';
import { transact, transactionAction, type DescribedAction } from './transactions.js';

const FEED_KEYS = ['GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK'] as const;

/**
 * Unpublish and republish (schema/dynamodb.md, "Takedowns"). An unpublished article keeps its items but
 * loses every index key: no feed, language feed, person, event or term Query can meet it, and reads by
 * id or slug see its `status`. The article item, its translations and language entries switch in one
 * transaction with the audit entry; its edges (any number) follow, outside it: readers trust an edge
 * only when they can read a published article that names it, so the order is never visible.
 */
export class DynamoArticleStatusRepository implements ArticleStatusRepository {
  constructor(private readonly table: Table) {}

  async setStatus(article: Article, status: ArticleStatus, audit: AuditEntry): Promise<Article> {
    const collection = await collectionOf(this.table, article.id);
    const stored: Article = { ...article, status, version: article.version + 1 };
    const actions = [
      switchArticle(this.table, article, stored),
      ...collection.translations.map((item) =>
        indexAction(
          this.table,
          item,
          status,
          keys.translationFeedKeys(article.id, String(item.language), article.publishedAt),
        ),
      ),
      ...collection.languageEntries.map((item) =>
        indexAction(
          this.table,
          item,
          status,
          keys.primaryLanguageEntryKeys(article.id, String(item.language), article.publishedAt),
        ),
      ),
      auditAction(this.table, audit),
    ];
    await transact(this.table, actions);
    await this.settleStatus(stored);
    return stored;
  }

  async settleStatus(article: Article): Promise<void> {
    if (article.status === 'UNPUBLISHED') await hideEdges(this.table, article);
    else await showEdges(this.table, article);
  }
}

/** The article item: its status and feed keys, one version on, only over the version the editor saw. */
function switchArticle(table: Table, before: Article, after: Article): DescribedAction {
  const publishing = after.status === 'PUBLISHED';
  const feed = keys.articleFeedKeys(after);
  const set = publishing ? FEED_KEYS.map((name) => `${name} = :${name}`) : [];
  return transactionAction(
    table,
    `article ${before.id} changed meanwhile (it is no longer version ${before.version})`,
    {
      Update: {
        Key: keys.articleKey(before.id),
        UpdateExpression: [
          `SET #status = :status, version = :next${set.length ? `, ${set.join(', ')}` : ''}`,
          publishing ? '' : `REMOVE ${FEED_KEYS.join(', ')}`,
        ].join(' '),
        ConditionExpression: 'version = :version',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':status': after.status,
          ':next': after.version,
          ':version': before.version,
          ...(publishing ? Object.fromEntries(FEED_KEYS.map((name) => [`:${name}`, feed[name]])) : {}),
        },
      },
    },
  );
}

/** A translation or language entry: out of its language feed while unpublished, back in when republished. */
function indexAction(
  table: Table,
  item: Record<string, unknown>,
  status: ArticleStatus,
  feed: { GSI2PK: string; GSI2SK: string },
): DescribedAction {
  const key = { PK: String(item.PK), SK: String(item.SK) };
  return transactionAction(table, `${String(item.type)} ${key.SK} was removed meanwhile`, {
    Update: {
      Key: key,
      ConditionExpression: 'attribute_exists(PK)',
      ...(status === 'UNPUBLISHED'
        ? { UpdateExpression: 'REMOVE GSI2PK, GSI2SK' }
        : {
            UpdateExpression: 'SET GSI2PK = :pk, GSI2SK = :sk',
            ExpressionAttributeValues: { ':pk': feed.GSI2PK, ':sk': feed.GSI2SK },
          }),
    },
  });
}
