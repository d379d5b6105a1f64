import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './document-client.js';
import type { Article, ArticleDocument } from '../domain/article.js';
import type { SaveOutcome } from '../domain/article-repository.js';
import { WriteRejectedError } from '../domain/errors.js';
import * as items from './items.js';
import * as keys from './keys.js';
import { rankRelatedArticles, refreshRelatedOf } from './related-articles.js';
import { transact, transactionAction, type DescribedAction } from './transactions.js';

const MAX_ITEM_BYTES = 400 * 1024;
const MAX_ACTIONS = 100;

/** One article, its translations, slugs and people/event edges in one TransactWriteItems. */
export async function writeArticle(client: DocumentClient, table: string, { article, translations }: ArticleDocument): Promise<SaveOutcome> {
  assertUnique(article);
  const { Item } = await client.send(new GetCommand({ TableName: table, Key: keys.articleKey(article.id), ConsistentRead: true }));
  const previous = Item ? items.fromArticleItem(Item) : undefined;
  const { related, candidates } = await rankRelatedArticles(client, table, article, previous);
  const stored: Article = { ...article, related };

  const articleItem = items.toArticleItem(stored);
  assertItemSize(`article ${article.id}`, articleItem);
  for (const translation of translations) assertItemSize(`article ${article.id}, translation ${translation.language}`, items.toTranslationItem(translation, article.publishedAt));

  const actions = [
    // Optimistic concurrency: version N is written only over version N - 1, so of two writers
    // starting from the same version exactly one wins.
    article.version <= 1
      ? transactionAction(table, `article ${article.id} already exists`, { Put: { Item: articleItem, ...notExists() } })
      : transactionAction(table, `article ${article.id} is no longer at version ${article.version - 1} (changed by another writer)`, {
          Put: { Item: articleItem, ...versionIs(article.version - 1) },
        }),
    ...translationActions(table, stored, translations, previous),
    ...slugActions(table, stored, translations),
    ...edgeActions(table, stored, previous),
  ];
  if (actions.length > MAX_ACTIONS) {
    throw new WriteRejectedError(`article ${article.id}: ${actions.length} writes, over the ${MAX_ACTIONS} a transaction allows (too many people, events or translations)`);
  }
  await transact(client, actions);
  await refreshRelatedOf(client, table, stored, candidates);
  return previous ? 'updated' : 'created';
}

/** JSON length overstates DynamoDB's item size a little (quotes, braces): a safe side to err on. */
function assertItemSize(what: string, item: object): void {
  const bytes = Buffer.byteLength(JSON.stringify(item), 'utf8');
  if (bytes > MAX_ITEM_BYTES) throw new WriteRejectedError(`${what}: ${bytes} bytes, over DynamoDB's 400 KB item limit`);
}

function assertUnique(article: Article): void {
  const people = article.people.map((p) => p.personId);
  const events = article.events.map((e) => e.eventId);
  if (new Set(people).size !== people.length) throw new WriteRejectedError(`article ${article.id}: a person is listed twice`);
  if (new Set(events).size !== events.length) throw new WriteRejectedError(`article ${article.id}: an event is listed twice`);
}

const notExists = () => ({ ConditionExpression: 'attribute_not_exists(PK)' });
const versionIs = (version: number) => ({ ConditionExpression: 'version = :version', ExpressionAttributeValues: { ':version': version } });

function translationActions(table: string, article: Article, translations: ArticleDocument['translations'], previous?: Article): DescribedAction[] {
  const current = new Set(translations.map((t) => t.language));
  const removed = (previous?.translations ?? []).filter((t) => !current.has(t.language));
  return [
    ...translations.map((t) => transactionAction(table, `translation ${t.language}`, { Put: { Item: items.toTranslationItem(t, article.publishedAt) } })),
    ...removed.map((t) => transactionAction(table, `translation ${t.language}`, { Delete: { Key: keys.translationKey(article.id, t.language) } })),
  ];
}

/**
 * Puts the current slugs. Slugs the article had before are left in place, still pointing at it: links
 * already shared or indexed keep resolving after a headline changes (the article serves its new slug).
 */
function slugActions(table: string, article: Article, translations: ArticleDocument['translations']): DescribedAction[] {
  const current = [{ slug: article.slug, language: article.language }, ...translations];
  const owned = { ConditionExpression: 'attribute_not_exists(PK) OR articleId = :id', ExpressionAttributeValues: { ':id': article.id } };
  return current.map((s) => transactionAction(table, `slug "${s.slug}" (${s.language}) belongs to another article`, { Put: { Item: items.toSlugItem(article.id, s.slug, s.language), ...owned } }));
}

function edgeActions(table: string, article: Article, previous?: Article): DescribedAction[] {
  const before = new Set(previous?.people.map((p) => p.personId) ?? []);
  const now = new Set(article.people.map((p) => p.personId));
  const eventsBefore = new Set(previous?.events.map((e) => e.eventId) ?? []);
  const eventsNow = new Set(article.events.map((e) => e.eventId));
  const mentionCount = (delta: number) => ({ UpdateExpression: 'ADD mentionCount :delta', ExpressionAttributeValues: { ':delta': delta } });
  return [
    ...[...now].map((id) => transactionAction(table, `mention of ${id}`, { Put: { Item: items.toMentionItem(article.id, id, article.publishedAt) } })),
    ...[...now].filter((id) => !before.has(id)).map((id) =>
      transactionAction(table, `person ${id} does not exist`, { Update: { Key: keys.personKey(id), ...mentionCount(1), ConditionExpression: 'attribute_exists(PK)' } }),
    ),
    ...[...before].filter((id) => !now.has(id)).flatMap((id) => [
      transactionAction(table, `mention of ${id}`, { Delete: { Key: keys.mentionKey(article.id, id) } }),
      transactionAction(table, `person ${id}`, { Update: { Key: keys.personKey(id), ...mentionCount(-1) } }),
    ]),
    ...[...eventsNow].map((id) => transactionAction(table, `coverage of ${id}`, { Put: { Item: items.toCoverageItem(article.id, id, article.publishedAt) } })),
    ...[...eventsNow].filter((id) => !eventsBefore.has(id)).map((id) =>
      transactionAction(table, `event ${id} does not exist`, { ConditionCheck: { Key: keys.eventKey(id), ConditionExpression: 'attribute_exists(PK)' } }),
    ),
    ...[...eventsBefore].filter((id) => !eventsNow.has(id)).map((id) => transactionAction(table, `coverage of ${id}`, { Delete: { Key: keys.coverageKey(article.id, id) } })),
  ];
}
