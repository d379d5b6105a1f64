import type { Article, Translation } from '../domain/article.js';
import { articleFeedKeys, articleKey, slugKey, translationKey, type PrimaryKey } from './keys.js';

/** Item shapes as stored; `type` names the entity on every item. */
export type ArticleItem = PrimaryKey & Article & { type: 'Article' } & ReturnType<typeof articleFeedKeys>;
export type TranslationItem = PrimaryKey & Translation & { type: 'Translation' };
export interface SlugItem extends PrimaryKey {
  type: 'Slug';
  articleId: string;
  language: string;
}

export function toArticleItem(article: Article): ArticleItem {
  return { ...articleKey(article.id), ...articleFeedKeys(article), type: 'Article', ...article };
}

export function toTranslationItem(translation: Translation): TranslationItem {
  return { ...translationKey(translation.articleId, translation.language), type: 'Translation', ...translation };
}

export function toSlugItem(articleId: string, slug: string, language: string): SlugItem {
  return { ...slugKey(slug, language), type: 'Slug', articleId, language };
}

const KEY_ATTRIBUTES = ['PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'type'];

function withoutKeys(item: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...item };
  for (const name of KEY_ATTRIBUTES) delete copy[name];
  return copy;
}

export function fromArticleItem(item: Record<string, unknown>): Article {
  const article = withoutKeys(item) as unknown as Article;
  return { ...article, body: article.body ?? [], translations: article.translations ?? [] };
}

export function fromTranslationItem(item: Record<string, unknown>): Translation {
  return withoutKeys(item) as unknown as Translation;
}
