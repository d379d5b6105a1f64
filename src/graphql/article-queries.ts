import type { Article, Translation, TranslationSummary } from '../domain/article.js';
import type { ArticleRepository } from '../domain/article-repository.js';
import { InvalidInputError, NotFoundError } from '../domain/errors.js';
import { pageRequest, type Page } from '../domain/pagination.js';
import type { ArticleLoaders } from './loaders.js';

/** The article reads resolvers delegate to, over the request's loaders. */
export class ArticleQueries {
  constructor(
    private readonly repository: ArticleRepository,
    private readonly loaders: ArticleLoaders,
  ) {}

  async get(id: string): Promise<Article> {
    const article = await this.loaders.article.load(id);
    if (!article) throw new NotFoundError(`no article with id "${id}"`);
    return article;
  }

  async find(id: string): Promise<Article | null> {
    return this.loaders.article.load(id);
  }

  async findMany(ids: string[]): Promise<(Article | null)[]> {
    const results = await this.loaders.article.loadMany(ids);
    return results.map((result) => (result instanceof Error ? null : result));
  }

  async bySlug(slug: string): Promise<Article> {
    const [match] = await this.repository.findBySlug(slug);
    if (!match) throw new NotFoundError(`no article with slug "${slug}"`);
    return this.get(match.articleId);
  }

  async byIdOrSlug(id: string | null | undefined, slug: string | null | undefined): Promise<Article> {
    if ((id ? 1 : 0) + (slug ? 1 : 0) !== 1) throw new InvalidInputError('article: give exactly one of id or slug');
    return id ? this.get(id) : this.bySlug(slug as string);
  }

  list(first: number | null | undefined, after: string | null | undefined): Promise<Page<Article>> {
    return this.repository.listArticles(pageRequest(first, after));
  }

  /** The translation's body, read only when a query asks for it (the article item holds the rest). */
  async translationBody(articleId: string, summary: TranslationSummary): Promise<string[] | null> {
    if (!summary.hasBody) return null;
    const translation: Translation | null = await this.loaders.translation.load({ articleId, language: summary.language });
    return translation?.body ?? null;
  }
}
