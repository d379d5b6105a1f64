import type { Article, ArticleBody } from '../domain/article.js';
import { paragraphsToBlocks, type BodyBlock } from '../domain/body-blocks.js';
import type { ArticleFilter, ArticleReader } from '../domain/article-repository.js';
import { translationId } from '../domain/entity-reader.js';
import { NotFoundError } from '../domain/errors.js';
import { isPublished } from '../domain/takedown.js';
import { keepEdges, pageRequest, type Page, type PageArgs } from '../domain/pagination.js';
import { openFlagKinds } from '../domain/quality.js';
import { webUrlFor, type WebUrlTemplates } from '../domain/web-url.js';
import { sameLink, type TermLink } from '../domain/taxonomy.js';
import { boundedKey, quoted, requireExactlyOne } from './arguments.js';
import { type EntityQueries, found } from './entity-queries.js';
import type { Loaders } from './loaders.js';
import {
  availableLanguages,
  bodyLanguage,
  localize,
  servedLanguage,
  servedTranslation,
  type Localized,
} from './localization.js';

/**
 * A person's or event's articles come from edges written around the article's own write: an edge
 * counts only when the article item names it (an edge of a version still being written, or of one
 * being withdrawn, does not).
 */
const names = (article: Article, filter: ArticleFilter): boolean =>
  (filter.personId === undefined || article.people.some((p) => p.personId === filter.personId)) &&
  (filter.eventId === undefined || article.events.some((e) => e.eventId === filter.eventId)) &&
  (filter.term === undefined || (article.terms ?? []).some((t) => sameLink(t, filter.term as TermLink))) &&
  (filter.review === undefined ||
    openFlagKinds(article.qualityFlags).some((kind) => (filter.review?.kind ?? kind) === kind)) &&
  (filter.updatedSince === undefined || article.updatedAt >= new Date(filter.updatedSince).toISOString()) &&
  (filter.language === undefined || listedIn(article, filter.language));

/** "en" takes en, en-GB…; "en-GB" only itself (as the language feeds list them). */
const listedIn = (article: Article, language: string): boolean =>
  availableLanguages(article).some((tag) => {
    const [wanted, have] = [language.toLowerCase(), tag.toLowerCase()];
    return have === wanted || have.startsWith(`${wanted}-`);
  });

/** The article reads resolvers delegate to, over the request's loaders. */
export class ArticleQueries {
  constructor(
    private readonly repository: ArticleReader,
    private readonly loaders: Loaders,
    private readonly entities: EntityQueries,
    private readonly webUrls: WebUrlTemplates = {},
  ) {}

  /** The article's page on the publisher's own site, in the served language (null without a template). */
  webUrl(article: Localized<Article>): string | null {
    const slug = servedTranslation(article)?.slug ?? article.slug;
    return webUrlFor(this.webUrls, { id: article.id, slug, language: servedLanguage(article) }) ?? null;
  }

  async get(id: string, locales: readonly string[]): Promise<Localized<Article>> {
    return found(await this.entities.find('Article', id, locales), 'article', id);
  }

  /** By the slug of any language, served in that language first. */
  async bySlug(slug: string, locales: readonly string[]): Promise<Localized<Article>> {
    const [match] = await this.repository.findBySlug(boundedKey('slug', slug));
    if (!match) throw new NotFoundError(`no article with slug ${quoted(slug)}`);
    return this.get(match.articleId, [match.language, ...locales]);
  }

  byIdOrSlug(
    id: string | undefined,
    slug: string | null | undefined,
    locales: readonly string[],
  ): Promise<Localized<Article>> {
    requireExactlyOne('article', { id, slug });
    return id ? this.get(id, locales) : this.bySlug(slug as string, locales);
  }

  async list(filter: ArticleFilter, args: PageArgs, locales: readonly string[]): Promise<Page<Localized<Article>>> {
    const page = await this.repository.listArticles(filter, pageRequest(args));
    // A feed's summaries serve the page as they are (the loader stays free to read the whole article
    // when a field needs it); edges of a person, event or term name only the article. An index can lag
    // a takedown by a moment: an unpublished summary is read again, through the filter.
    const usable = (node: { article?: Article }) => node.article !== undefined && isPublished(node.article);
    const summaries = page.edges.flatMap(({ node }) => (node.article && usable(node) ? [node.article] : []));
    const loaded = await this.loaders.loadMany(
      'Article',
      page.edges.filter(({ node }) => !usable(node)).map(({ node }) => node.id),
    );
    const articles = [...summaries, ...loaded];
    const byId = new Map(articles.map((article) => [article.id, article]));
    return keepEdges(page, ({ id }) => {
      const article = byId.get(id);
      return article && names(article, filter) ? localize(article, locales) : undefined;
    });
  }

  /** A feed's summary has no related list: then it comes with the article item, in the tick's batch. */
  async related(article: Localized<Article>): Promise<Localized<Article>[]> {
    const ranking = article.related ?? (await this.loaders.load('Article', article.id))?.related ?? [];
    const related = await this.loaders.loadMany(
      'Article',
      ranking.map((r) => r.articleId),
    );
    return related.map((a) => localize(a, article.locales));
  }

  /** Paragraphs in the body language: a translation's, else the original's (each read with the tick's other reads). */
  async body(article: Localized<Article>): Promise<string[]> {
    const language = bodyLanguage(article);
    const translated = language === article.language ? null : await this.translationBody(article.id, language);
    return translated ?? (await this.originalBody(article.id))?.body ?? [];
  }

  /** Blocks in the body language: the original's structure, or a translation's paragraphs as blocks. */
  async bodyBlocks(article: Localized<Article>): Promise<BodyBlock[]> {
    if (bodyLanguage(article) !== article.language) return paragraphsToBlocks(await this.body(article));
    const original = await this.originalBody(article.id);
    return original?.bodyBlocks ?? paragraphsToBlocks(original?.body ?? []);
  }

  private originalBody(articleId: string): Promise<ArticleBody | null> {
    return this.loaders.load('ArticleBody', articleId);
  }

  async translationBody(articleId: string, language: string): Promise<string[] | null> {
    const translation = await this.loaders.load('Translation', translationId(articleId, language));
    return translation?.body ?? null;
  }
}
