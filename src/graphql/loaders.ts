import DataLoader from 'dataloader';
import type { Article, Translation } from '../domain/article.js';
import type { ArticleRepository, TranslationKey } from '../domain/article-repository.js';
import { translationKeyId } from '../domain/article-repository.js';

/**
 * Request-scoped loaders: every article or translation read in one GraphQL operation is batched
 * into one BatchGetItem (per 100 keys) and cached for the rest of the request.
 */
export function createArticleLoaders(repository: ArticleRepository) {
  const article = new DataLoader<string, Article | null>(async (ids) => {
    const found = await repository.getArticles(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  const translation = new DataLoader<TranslationKey, Translation | null, string>(
    async (keys) => {
      const found = await repository.getTranslations(keys);
      return keys.map((key) => found.get(translationKeyId(key)) ?? null);
    },
    { cacheKeyFn: translationKeyId },
  );
  return { article, translation };
}

export type ArticleLoaders = ReturnType<typeof createArticleLoaders>;
