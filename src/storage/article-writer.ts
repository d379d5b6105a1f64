import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.js';
import type { Article, ArticleDocument } from '../domain/article.js';
import type { SaveOutcome } from '../domain/article-repository.js';
import type { AuditEntry } from '../domain/audit.js';
import { auditAction } from './audit-store.js';
import { WriteRejectedError } from '../domain/errors.js';
import { openFlagKinds } from '../domain/quality.js';
import { isPublished } from '../domain/takedown.js';
import {
  assertLinksExist,
  countMentions,
  putEdges,
  removeStaleEdges,
  storedEdges,
  withdrawEdges,
  type CreatedEdges,
} from './article-edges.js';
import { toBodyItems } from './article-body.js';
import { toTranslationItems } from './translation-body.js';
import {
  assertBytesFit,
  assertTransactionFits,
  translationActions,
  translationPartCounts,
} from './translation-writes.js';
import { publishEdgeSummaries } from './edge-summaries.js';
import { listArticle } from './article-lists.js';
import * as items from './items.js';
import * as keys from './keys.js';
import { rankRelatedArticles, refreshRelatedOf } from './related-articles.js';
import { transact, transactionAction, type DescribedAction } from './transactions.js';

const MAX_ITEM_BYTES = 400 * 1024;

/**
 * One article: everything is checked first (sizes, links), then the edges of the new version are put,
 * then the article item, its translations and slugs switch in one transaction (its size depends on the
 * translations alone, not on how many people or events the article names), then edges it no longer
 * names are removed. Readers trust an edge only when the article item names it.
 */
export async function writeArticle(
  table: Table,
  { article, translations }: ArticleDocument,
  audit?: AuditEntry,
): Promise<SaveOutcome> {
  const { Item } = await table.send(
    new GetCommand({ TableName: table.name, Key: keys.articleKey(article.id), ConsistentRead: true }),
  );
  const previous = Item ? items.fromArticleItem(Item) : undefined;
  // Its items were taken out of every index; a write would put them back. (Unpublishing bumps the
  // version, so a writer that read the article before is refused by the version condition too.)
  if (previous && !isPublished(previous))
    throw new WriteRejectedError(`article ${article.id} is unpublished: republish it before changing it`);
  const { related, candidates } = await rankRelatedArticles(table, article, previous);
  const stored: Article = { ...article, related };

  const { articleItem, bodyItems, translationItems } = checkArticle({ article: stored, translations });
  const actions = [
    // Optimistic concurrency: version N is written only over version N - 1, so of two writers
    // starting from the same version exactly one wins.
    article.version <= 1
      ? transactionAction(table, `article ${article.id} already exists`, { Put: { Item: articleItem, ...notExists() } })
      : transactionAction(
          table,
          `article ${article.id} is no longer at version ${article.version - 1} (changed by another writer)`,
          {
            Put: { Item: articleItem, ...versionIs(article.version - 1) },
          },
        ),
    transactionAction(table, `summary of article ${article.id}`, {
      Put: { Item: items.toArticleSummaryItem(stored) },
    }),
    ...bodyActions(table, bodyItems, article.id, items.bodyPartsOf(Item)),
    ...translationActions(table, stored, translationItems, previous, items.translationBodyPartsOf(Item)),
    ...slugActions(table, stored, translations),
    ...languageEntryActions(table, stored, previous),
    transactionAction(table, `article ${article.id}'s update entry`, {
      Put: { Item: items.toUpdateEntryItem(stored) },
    }),
    ...reviewActions(table, stored, previous),
    // An editor's change and its audit entry: both happen, or neither.
    ...(audit ? [auditAction(table, audit)] : []),
  ];
  assertTransactionFits(article.id, actions);
  const edges = await storedEdges(table, article.id);
  await assertLinksExist(table, stored, edges);

  const created = await putEdges(table, stored);
  try {
    await transact(table, actions);
  } catch (error) {
    await withdrawAfterFailedSwitch(table, article.id, created);
    throw error;
  }
  await countMentions(table, stored, edges);
  await listArticle(table, article.id, stored);
  await removeStaleEdges(table, stored, edges);
  await publishEdgeSummaries(table, stored);
  await refreshRelatedOf(table, stored, candidates);
  return previous ? 'updated' : 'created';
}

/**
 * After a failed switch, the edges this write created go again (unless the article, as it now is,
 * names them). A failure here is logged by the caller's error, not this one: the switch's error is
 * the one that explains what happened.
 */
async function withdrawAfterFailedSwitch(table: Table, articleId: string, created: CreatedEdges): Promise<void> {
  try {
    const { Item } = await table.send(
      new GetCommand({ TableName: table.name, Key: keys.articleKey(articleId), ConsistentRead: true }),
    );
    await withdrawEdges(table, Item ? items.fromArticleItem(Item) : { id: articleId, people: [], events: [] }, created);
  } catch {
    // Edges left behind are invisible (the article does not name them) and uncounted.
  }
}

/**
 * What can be known about a write before anything is written (the importer asks first, so a rejected
 * article leaves no new people or events behind): each item within DynamoDB's size limit (the body
 * within MAX_BODY_BYTES, in parts), no person or event twice. Returns the article's and body's items.
 */
export function checkArticle({ article, translations }: ArticleDocument) {
  assertUnique(article);
  const bodyItems = toBodyItems(article);
  const translationItems = translations.map((translation) => toTranslationItems(translation, article));
  const articleItem = { ...items.toArticleItem(article, bodyItems.length), ...translationPartCounts(translationItems) };
  assertItemSize(`article ${article.id}`, articleItem);
  for (const { language, item } of translationItems)
    assertItemSize(`article ${article.id}, translation ${language}`, item);
  // The article item twice: its summary is about as large.
  const bodies = translationItems.flatMap((t) => [t.item, ...t.parts]);
  assertBytesFit(article.id, [articleItem, articleItem, ...bodyItems, ...bodies]);
  return { articleItem, bodyItems, translationItems };
}

/** JSON length overstates DynamoDB's item size a little (quotes, braces): a safe side to err on. */
function assertItemSize(what: string, item: object): void {
  const bytes = Buffer.byteLength(JSON.stringify(item), 'utf8');
  if (bytes > MAX_ITEM_BYTES)
    throw new WriteRejectedError(`${what}: ${bytes} bytes, over DynamoDB's 400 KB item limit`);
}

function assertUnique(article: Article): void {
  const people = article.people.map((p) => p.personId);
  const events = article.events.map((e) => e.eventId);
  if (new Set(people).size !== people.length)
    throw new WriteRejectedError(`article ${article.id}: a person is listed twice`);
  if (new Set(events).size !== events.length)
    throw new WriteRejectedError(`article ${article.id}: an event is listed twice`);
}

const notExists = () => ({ ConditionExpression: 'attribute_not_exists(PK)' });
const versionIs = (version: number) => ({
  ConditionExpression: 'version = :version',
  ExpressionAttributeValues: { ':version': version },
});

/** The body's parts; parts a longer body had before are deleted. */
function bodyActions(table: Table, bodyItems: object[], articleId: string, previousParts: number): DescribedAction[] {
  const gone = Array.from({ length: Math.max(0, previousParts - bodyItems.length) }, (_, n) => n + bodyItems.length);
  return [
    ...bodyItems.map((item, part) => transactionAction(table, `body part ${part}`, { Put: { Item: item } })),
    ...gone.map((part) =>
      transactionAction(table, `body part ${part}`, { Delete: { Key: keys.articleBodyKey(articleId, part) } }),
    ),
  ];
}

/**
 * Languages an article is listed under besides its own (its summary is in that feed): its translations'
 * and, for regional variants, their primary language ("en" for "en-GB").
 */
function listedLanguages(article: Pick<Article, 'language' | 'translations'> | undefined): string[] {
  if (!article) return [];
  const tags = [article.language, ...article.translations.map((t) => t.language)].map((tag) => tag.toLowerCase());
  const primaries = tags.filter((tag) => tag.includes('-')).map((tag) => tag.split('-')[0] as string);
  const own = article.language.toLowerCase();
  return [...new Set([...tags, ...primaries])].filter((tag) => tag !== own);
}

function languageEntryActions(table: Table, article: Article, previous?: Article): DescribedAction[] {
  const now = listedLanguages(article);
  const gone = listedLanguages(previous).filter((language) => !now.includes(language));
  return [
    ...now.map((language) =>
      transactionAction(table, `language entry ${language}`, {
        Put: { Item: items.toLanguageEntryItem(article.id, language, article.publishedAt) },
      }),
    ),
    ...gone.map((language) =>
      transactionAction(table, `language entry ${language}`, {
        Delete: { Key: keys.languageEntryKey(article.id, language) },
      }),
    ),
  ];
}

/** The review queues an article is in: every queue while it has open flags, and one per open kind. */
function reviewQueues(article: Pick<Article, 'qualityFlags'> | undefined): string[] {
  const kinds = openFlagKinds(article?.qualityFlags);
  return kinds.length ? [keys.REVIEW_ALL, ...kinds] : [];
}

/** Review items switch with the article, so the queue lists exactly the articles whose item has open flags. */
function reviewActions(table: Table, article: Article, previous?: Article): DescribedAction[] {
  const now = reviewQueues(article);
  const before = reviewQueues(previous);
  const moved = previous?.publishedAt !== article.publishedAt;
  return [
    ...now
      .filter((queue) => moved || !before.includes(queue))
      .map((queue) =>
        transactionAction(table, `review entry ${queue}`, {
          Put: { Item: items.toReviewItem(article.id, queue, article.publishedAt) },
        }),
      ),
    ...before
      .filter((queue) => !now.includes(queue))
      .map((queue) =>
        transactionAction(table, `review entry ${queue}`, { Delete: { Key: keys.reviewKey(article.id, queue) } }),
      ),
  ];
}

/** Slugs are never deleted: one served once keeps resolving to its article after the headline changes. */
function slugActions(table: Table, article: Article, translations: ArticleDocument['translations']): DescribedAction[] {
  const current = [{ slug: article.slug, language: article.language }, ...translations];
  const owned = {
    ConditionExpression: 'attribute_not_exists(PK) OR articleId = :id',
    ExpressionAttributeValues: { ':id': article.id },
  };
  return current.map((s) =>
    transactionAction(table, `slug "${s.slug}" (${s.language}) belongs to another article`, {
      Put: { Item: items.toSlugItem(article.id, s.slug, s.language), ...owned },
    }),
  );
}
