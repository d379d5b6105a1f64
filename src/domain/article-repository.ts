import type { Article, ArticleDocument } from './article.js';
import type { AuditEntry } from './audit.js';
import type { Page, PageRequest } from './pagination.js';
import type { QualityFlagKind } from './quality.js';
import type { TermLink } from './taxonomy.js';

export interface SlugMatch {
  articleId: string;
  language: string;
}

/**
 * At most one of personId, eventId and term, alone or with language (person, event or subject + language);
 * else language alone, or review alone. The date range combines with any of them.
 */
export interface ArticleFilter {
  language?: string;
  personId?: string;
  eventId?: string;
  /** Articles filed under a subject, section, organisation or place. */
  term?: Pick<TermLink, 'kind' | 'termId'>;
  /** Articles with open quality flags (of one kind, when given): the review queue (operators). */
  review?: { kind?: QualityFlagKind };
  /** Inclusive ISO instants. */
  publishedAfter?: string;
  publishedBefore?: string;
  /** Articles changed at or after this ISO instant, oldest change first (combines with no other filter). */
  updatedSince?: string;
}

/**
 * A listed article: its summary when the index holds it (everything but the body and the related
 * list), else only its id.
 */
export interface ArticleListing {
  id: string;
  article?: Article;
}

export type SaveOutcome = 'created' | 'updated';

/** What reading articles needs: the public API's port (its handler builds no writer). */
export interface ArticleReader {
  /** Every language whose slug is `slug` (usually one). */
  findBySlug(slug: string): Promise<SlugMatch[]>;
  /** Articles newest first, one index Query per page. */
  listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleListing>>;
  /** True when the table holds no article yet. */
  isEmpty(): Promise<boolean>;
}

/** The port that storage implements for articles: reads and the importer's and editors' writes. */
export interface ArticleRepository extends ArticleReader {
  /**
   * Writes the article with its translations, slugs and people/event links all at once, keeps the
   * people's mention counts and the related-article rankings current. An editor's change passes its audit
   * entry, written in the same transaction as the article.
   */
  saveArticle(document: ArticleDocument, audit?: AuditEntry): Promise<SaveOutcome>;
  /** Throws WriteRejectedError for what would certainly be refused (sizes, duplicates), writing nothing. */
  checkArticle(document: ArticleDocument): void;
}
