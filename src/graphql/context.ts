import type { ArticleRepository } from '../domain/article-repository.js';
import { createArticleLoaders, type ArticleLoaders } from './loaders.js';
import { ArticleQueries } from './article-queries.js';

/** What the process shares across requests: repositories over the one table. */
export interface Dependencies {
  articles: ArticleRepository;
}

export interface Context {
  articles: ArticleQueries;
  loaders: ArticleLoaders;
}

/** A fresh context per request, so loader caches never leak between requests. */
export function createContext(dependencies: Dependencies): Context {
  const loaders = createArticleLoaders(dependencies.articles);
  return { loaders, articles: new ArticleQueries(dependencies.articles, loaders) };
}
