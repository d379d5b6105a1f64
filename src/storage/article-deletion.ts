import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ArticleDeletionRepository, Tombstone } from '../domain/article-deletion.js';
import type { Article } from '../domain/article.js';
import type { AuditEntry } from '../domain/audit.js';
import { WriteRejectedError } from '../domain/errors.js';
import { collectionOf, deleteCollection } from './article-visibility.js';
import { auditAction } from './audit-store.js';
import * as keys from './keys.js';
import type { Table } from './table.js';
import { transact, transactionAction } from './transactions.js';

const MAX_ACTIONS = 100;

/**
 * Deleting an article (schema/dynamodb.md, "Takedowns"): the article item, its translations, language
 * entries and current slugs go in one transaction with its tombstone and audit entry; its edges (any
 * number) follow. Readers never see the order: an edge whose article cannot be read is left out.
 */
export class DynamoArticleDeletionRepository implements ArticleDeletionRepository {
  constructor(private readonly table: Table) {}

  async delete(article: Article, tombstone: Tombstone, audit: AuditEntry): Promise<void> {
    const { translations, languageEntries } = await collectionOf(this.table, article.id);
    const slugs = [{ slug: article.slug, language: article.language }, ...article.translations];
    const actions = [
      transactionAction(this.table, `article ${article.id} changed meanwhile (no longer version ${article.version})`, {
        Delete: {
          Key: keys.articleKey(article.id),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': article.version },
        },
      }),
      // The summary is what the feeds index: it goes with the article, at once.
      transactionAction(this.table, `summary of article ${article.id}`, {
        Delete: { Key: keys.articleSummaryKey(article.id) },
      }),
      ...[...translations, ...languageEntries].map((item) =>
        transactionAction(this.table, `${String(item.SK)}`, {
          Delete: { Key: { PK: String(item.PK), SK: String(item.SK) } },
        }),
      ),
      // Only slugs this article holds: one that another article took over stays.
      ...slugs.map((s) =>
        transactionAction(this.table, `slug ${s.slug}`, {
          Delete: {
            Key: keys.slugKey(s.slug, s.language),
            ConditionExpression: 'attribute_not_exists(PK) OR articleId = :id',
            ExpressionAttributeValues: { ':id': article.id },
          },
        }),
      ),
      transactionAction(this.table, `article ${article.id} already has a tombstone`, {
        Put: { Item: tombstoneItem(tombstone), ConditionExpression: 'attribute_not_exists(PK)' },
      }),
      auditAction(this.table, audit),
    ];
    if (actions.length > MAX_ACTIONS)
      throw new WriteRejectedError(
        `article ${article.id}: ${actions.length} deletes, over one transaction's ${MAX_ACTIONS}`,
      );
    await transact(this.table, actions);
    await this.settleDeletion(article.id);
  }

  async settleDeletion(articleId: string): Promise<void> {
    await deleteCollection(this.table, articleId);
  }

  async restore(articleId: string, audit: AuditEntry): Promise<void> {
    await transact(this.table, [
      transactionAction(this.table, `article ${articleId} has no tombstone (restored meanwhile)`, {
        Delete: { Key: keys.tombstoneKey(articleId), ConditionExpression: 'attribute_exists(PK)' },
      }),
      auditAction(this.table, audit),
    ]);
  }

  async tombstoneOf(articleId: string): Promise<Tombstone | undefined> {
    const { Item } = await this.table.send(
      new GetCommand({ TableName: this.table.name, Key: keys.tombstoneKey(articleId), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    const { PK: _pk, SK: _sk, type: _type, ...tombstone } = Item;
    return tombstone as Tombstone;
  }
}

const tombstoneItem = (tombstone: Tombstone) => ({
  ...keys.tombstoneKey(tombstone.articleId),
  type: 'Tombstone',
  ...tombstone,
});
