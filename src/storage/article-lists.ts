import type { Article } from '../domain/article.js';
import { batchWrite } from './batch-write.js';
import { syncMemberships } from './counters.js';
import * as keys from './keys.js';
import { queryAll } from './query-all.js';
import type { Table } from './table.js';

type Listed = Pick<Article, 'id' | 'language' | 'translations' | 'people' | 'events' | 'terms' | 'publishedAt'>;

/** The languages an article is listed in: its own, its translations', and their primary languages ("en" for "en-GB"). */
export function listedLanguages(article: Pick<Article, 'language' | 'translations'>): string[] {
  const tags = [article.language, ...article.translations.map((t) => t.language)].map((tag) => tag.toLowerCase());
  return [...new Set([...tags, ...tags.map((tag) => tag.split('-')[0] as string)])];
}

/** The edge partitions that combine with a language: people, events and subjects (not sections, organisations, places). */
const languageScoped = (article: Listed): string[] => [
  ...article.people.map((p) => keys.personPartition(p.personId)),
  ...article.events.map((e) => keys.eventPartition(e.eventId)),
  ...(article.terms ?? []).filter((t) => t.kind === 'Subject').map((t) => keys.termPartition(t.kind, t.termId)),
];

/**
 * Every list an article is in, named as its Query reads it (article-store's articleQuery): the feed,
 * each language feed it is listed in, the articles of each person, event and term it names, and those
 * of each person, event and subject in each of its languages.
 */
export function articleLists(article: Listed): string[] {
  const languages = listedLanguages(article);
  const edge = (partition: string) => keys.listName(partition, keys.ARTICLE_EDGE_PREFIX);
  return [
    keys.listName(keys.ALL_ARTICLES_FEED),
    ...languages.map((language) => keys.listName(keys.languageFeed(language))),
    ...article.people.map((p) => edge(keys.personPartition(p.personId))),
    ...article.events.map((e) => edge(keys.eventPartition(e.eventId))),
    ...(article.terms ?? []).map((t) => edge(keys.termPartition(t.kind, t.termId))),
    ...languageScoped(article).flatMap((partition) =>
      languages.map((language) => keys.listName(keys.edgesInLanguage(partition, language))),
    ),
  ];
}

/**
 * After the switch: the article's edges per language (combined filters) are put and those it no longer
 * has deleted; then it is counted in its lists. Readers check the article names the person, event or
 * subject and is available in the language, so an item not yet removed never shows. An unpublish
 * passes `undefined`: the article leaves every list.
 */
export async function listArticle(table: Table, articleId: string, article: Listed | undefined): Promise<void> {
  const wanted = new Map(
    (article ? languageScoped(article) : []).flatMap((partition) =>
      listedLanguages(article as Listed).map((language) => {
        const item = keys.languageEdgeKeys(articleId, partition, language, (article as Listed).publishedAt);
        return [item.SK, { ...item, type: 'LanguageEdge', articleId }] as const;
      }),
    ),
  );
  const stored = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.articlePartition(articleId), ':prefix': keys.LANGUAGE_EDGE_PREFIX },
    ProjectionExpression: 'SK',
    ConsistentRead: true,
  });
  const have = new Set(stored.map((item) => String(item.SK)));
  await batchWrite(table, [
    ...[...wanted].filter(([sk]) => !have.has(sk)).map(([, item]) => ({ put: item })),
    ...[...have]
      .filter((sk) => !wanted.has(sk))
      .map((sk) => ({ delete: { PK: keys.articlePartition(articleId), SK: sk } })),
  ]);
  await syncMemberships(table, keys.articlePartition(articleId), article ? articleLists(article) : []);
}
