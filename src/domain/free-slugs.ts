import type { ArticleDocument } from './article.js';
import type { ArticleRepository } from './article-repository.js';

/** Another article may hold a slug in this language; then the article id tells them apart. */
async function freeSlug(
  articles: Pick<ArticleRepository, 'findBySlug'>,
  slug: string,
  language: string,
  articleId: string,
): Promise<string> {
  const holders = await articles.findBySlug(slug);
  const taken = holders.some((holder) => holder.language === language && holder.articleId !== articleId);
  return taken
    ? `${slug}-${articleId
        .slice(0, 8)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, 'x')}`
    : slug;
}

/** The document with every slug (the original's and each translation's) free for this article. */
export async function freeSlugs(
  articles: Pick<ArticleRepository, 'findBySlug'>,
  { article, translations }: ArticleDocument,
): Promise<ArticleDocument> {
  const freed = await Promise.all(
    translations.map(async (t) => ({ ...t, slug: await freeSlug(articles, t.slug, t.language, article.id) })),
  );
  const slug = await freeSlug(articles, article.slug, article.language, article.id);
  return {
    article: {
      ...article,
      slug,
      translations: article.translations.map((summary) => ({
        ...summary,
        slug: freed.find((t) => t.language === summary.language)?.slug ?? summary.slug,
      })),
    },
    translations: freed,
  };
}
