/**
 * Every key of the single table is built here and nowhere else. The layout and the access pattern
 * each key serves are documented in schema/dynamodb.md; change both together.
 */
export interface PrimaryKey {
  PK: string;
  SK: string;
}

export const INDEX = { feeds: 'GSI1', languageFeeds: 'GSI2' } as const;

const ARTICLE = 'ARTICLE';

export const articleKey = (id: string): PrimaryKey => ({ PK: `${ARTICLE}#${id}`, SK: ARTICLE });

export const translationKey = (articleId: string, language: string): PrimaryKey => ({
  PK: `${ARTICLE}#${articleId}`,
  SK: `LANG#${language}`,
});

/** Slugs are unique per language; one Query on the slug finds it in any language. */
export const slugKey = (slug: string, language: string): PrimaryKey => ({
  PK: `SLUG#${slug}`,
  SK: `LANG#${language}`,
});
export const slugPartition = (slug: string): string => `SLUG#${slug}`;
export const languageOfSlugSortKey = (sk: string): string => sk.slice('LANG#'.length);

/** Sort keys of feeds: ISO timestamps sort as strings; the id breaks ties so cursors are exact. */
export const feedSortKey = (publishedAt: string, id: string): string => `${publishedAt}#${id}`;

export const ALL_ARTICLES_FEED = 'FEED#ALL';
export const languageFeed = (language: string): string => `FEED#LANG#${language}`;

export const articleFeedKeys = (article: { id: string; publishedAt: string; language: string }) => ({
  GSI1PK: ALL_ARTICLES_FEED,
  GSI1SK: feedSortKey(article.publishedAt, article.id),
  GSI2PK: languageFeed(article.language),
  GSI2SK: feedSortKey(article.publishedAt, article.id),
});

/** The partition key holds a type prefix; this recovers the id from `ARTICLE#<id>`. */
export const idFromPartition = (pk: string): string => pk.slice(pk.indexOf('#') + 1);
