import type { Article, ArticleDocument, Translation } from './article.js';
import type { Page, PageRequest } from './pagination.js';

export interface TranslationKey {
  articleId: string;
  language: string;
}

export interface SlugMatch {
  articleId: string;
  language: string;
}

/** The port that storage implements for articles. */
export interface ArticleRepository {
  /** Articles by id, in one round trip per 100 ids; missing ids are absent from the map. */
  getArticles(ids: readonly string[]): Promise<Map<string, Article>>;
  getTranslations(keys: readonly TranslationKey[]): Promise<Map<string, Translation>>;
  /** Every language whose slug is `slug` (usually one). */
  findBySlug(slug: string): Promise<SlugMatch[]>;
  /** All articles, newest first. */
  listArticles(page: PageRequest): Promise<Page<Article>>;
  /** Writes the article, its translations and lookup items all at once. */
  saveArticle(document: ArticleDocument): Promise<void>;
  /** True when the table holds no article yet. */
  isEmpty(): Promise<boolean>;
}

export const translationKeyId = (key: TranslationKey): string => `${key.articleId}/${key.language}`;
