import type { Article } from '../domain/article.js';
import { WriteRejectedError } from '../domain/errors.js';
import * as keys from './keys.js';
import type { Table } from './table.js';
import { transactionAction, type DescribedAction } from './transactions.js';
import type { TranslationItems } from './translation-body.js';

/** DynamoDB's limits on one transaction: 100 actions, 4 MB of items altogether. */
export const MAX_ACTIONS = 100;
const MAX_TRANSACTION_BYTES = 4 * 1024 * 1024;

/** What the article item records of its translations' parts: the part counts, by language (split ones only). */
export function translationPartCounts(translations: readonly TranslationItems[]): {
  translationBodyParts?: Record<string, number>;
} {
  const split = translations.filter((t) => t.parts.length > 0);
  return split.length
    ? { translationBodyParts: Object.fromEntries(split.map((t) => [t.language, t.parts.length])) }
    : {};
}

/**
 * Each translation's item and parts; parts a shorter body no longer needs, and removed translations
 * with all their parts, are deleted (`previousParts`: the counts the article item recorded before).
 */
export function translationActions(
  table: Table,
  article: Pick<Article, 'id'>,
  translations: readonly TranslationItems[],
  previous: Pick<Article, 'translations'> | undefined,
  previousParts: Record<string, number>,
): DescribedAction[] {
  const current = new Set(translations.map((t) => t.language));
  const removed = (previous?.translations ?? []).filter((t) => !current.has(t.language)).map((t) => t.language);
  const stale = (language: string, keep: number) =>
    Array.from({ length: Math.max(0, (previousParts[language] ?? 0) - keep) }, (_, n) =>
      transactionAction(table, `translation ${language} body part ${n + keep}`, {
        Delete: { Key: keys.translationBodyKey(article.id, language, n + keep) },
      }),
    );
  return [
    ...translations.flatMap(({ language, item, parts }) => [
      transactionAction(table, `translation ${language}`, { Put: { Item: item } }),
      ...parts.map((part, n) =>
        transactionAction(table, `translation ${language} body part ${n}`, { Put: { Item: part } }),
      ),
      ...stale(language, parts.length),
    ]),
    ...removed.flatMap((language) => [
      transactionAction(table, `translation ${language}`, {
        Delete: { Key: keys.translationKey(article.id, language) },
      }),
      ...stale(language, 0),
    ]),
  ];
}

/**
 * One transaction switches an article: refused before anything is written when it would exceed
 * DynamoDB's limits (a body's parts count one action each, and every body's bytes count).
 */
export function assertTransactionFits(articleId: string, actions: readonly DescribedAction[]): void {
  if (actions.length > MAX_ACTIONS)
    throw new WriteRejectedError(
      `article ${articleId}: ${actions.length} writes, over the ${MAX_ACTIONS} a transaction allows (too many translations or body parts)`,
    );
  assertBytesFit(
    articleId,
    actions.map(({ action }) => action.Put?.Item),
  );
}

/** The items one transaction puts (checked by the importer before it creates people and events, too). */
export function assertBytesFit(articleId: string, items: readonly (Record<string, unknown> | undefined)[]): void {
  const bytes = items.reduce((sum, item) => sum + itemBytes(item), 0);
  if (bytes > MAX_TRANSACTION_BYTES)
    throw new WriteRejectedError(
      `article ${articleId}: ${bytes} bytes in one write, over the ${MAX_TRANSACTION_BYTES} a transaction allows (its bodies and translations together are too long)`,
    );
}

/** An item's size, a little over DynamoDB's count (binary parts by their length, the rest as JSON). */
function itemBytes(item: Record<string, unknown> | undefined): number {
  if (!item) return 0;
  const { data, ...rest } = item;
  const binary = data instanceof Uint8Array ? data.length : 0;
  return binary + Buffer.byteLength(JSON.stringify(binary ? rest : item), 'utf8');
}
