import type { Article, ArticleStatus } from '../domain/article.js';
import type { AuditEntry } from '../domain/audit.js';
import type { ArticleStatusRepository } from '../domain/takedown.js';
import { listArticle } from './article-lists.js';
import { auditAction } from './audit-store.js';
import { collectionOf, hideEdges, showEdges } from './article-visibility.js';
import { toArticleSummaryItem } from './items.js';
import { followRedirects } from './redirected-links.js';
import * as keys from './keys.js';
import type { Table } from './table.js';
import { transact, transactionAction, type DescribedAction } from './transactions.js';

const FEED_KEYS = ['GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK'] as const;

/**
 * Unpublish and republish (schema/dynamodb.md, "Takedowns"). An unpublished article keeps its items but
 * loses every index key: no feed, language feed, person, event or term Query can meet it, and reads by
 * id or slug see its `status`. The article item, its summary and language entries switch in one
 * transaction with the audit entry; its edges (any number) follow, outside it: readers trust an edge
 * only when they can read a published article that names it, so the order is never visible.
 */
export class DynamoArticleStatusRepository implements ArticleStatusRepository {
  constructor(private readonly table: Table) {}

  async setStatus(article: Article, status: ArticleStatus, audit: AuditEntry): Promise<Article> {
    const collection = await collectionOf(this.table, article.id);
    // Renames while it was unpublished did not reach its copies of names (no index had its edges): from now
    // on its names are read from the entities.
    const { namesCanonical: _copies, ...rest } = article;
    const stored: Article = { ...rest, status, version: article.version + 1 };
    const actions = [
      switchArticle(this.table, article, stored),
      // The summary is what the feeds index: written whole, with its feed keys only while published.
      transactionAction(this.table, `summary of article ${article.id}`, {
        Put: { Item: summaryOf(stored) },
      }),
      ...collection.languageEntries.map((item) =>
        indexAction(
          this.table,
          item,
          status,
          keys.languageEntryKeys(article.id, String(item.language), article.publishedAt),
        ),
      ),
      auditAction(this.table, audit),
    ];
    await transact(this.table, actions);
    return this.settleStatus(stored);
  }

  async settleStatus(article: Article): Promise<Article> {
    if (article.status === 'UNPUBLISHED') {
      await hideEdges(this.table, article);
      // Counted lists (totalCount) and the per-language edges follow: out of all of them.
      await listArticle(this.table, article.id, undefined);
      return article;
    }
    // Merges and deletes while it was unpublished did not see its links (no index had them).
    const relinked = await followRedirects(this.table, article);
    await showEdges(this.table, relinked);
    await listArticle(this.table, relinked.id, relinked);
    return relinked;
  }
}

/** The article item (no index sees it): its status, one version on, only over the version the editor saw. */
function switchArticle(table: Table, before: Article, after: Article): DescribedAction {
  return transactionAction(
    table,
    `article ${before.id} changed meanwhile (it is no longer version ${before.version})`,
    {
      Update: {
        Key: keys.articleKey(before.id),
        UpdateExpression: 'SET #status = :status, version = :next REMOVE namesCanonical',
        ConditionExpression: 'version = :version',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': after.status, ':next': after.version, ':version': before.version },
      },
    },
  );
}

/** The summary item as the writer puts it, out of both feeds while the article is unpublished. */
function summaryOf(article: Article): Record<string, unknown> {
  const item: Record<string, unknown> = { ...toArticleSummaryItem(article) };
  if (article.status === 'UNPUBLISHED') for (const name of FEED_KEYS) delete item[name];
  return item;
}

/** A language entry: out of its language feed while unpublished, back in when republished. */
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
