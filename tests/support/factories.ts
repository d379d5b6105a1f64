import type { ArticleDocument, Translation } from '../../src/domain/article.js';
import { slugify } from '../../src/domain/slug.js';

let counter = 0;

/** An article document with sensible defaults; override what the test is about. */
export function makeArticle(overrides: Partial<ArticleDocument['article']> & { spanishBody?: string[] } = {}): ArticleDocument {
  counter += 1;
  const { spanishBody, ...fields } = overrides;
  const id = fields.id ?? `article-${counter}`;
  const headline = fields.headline ?? `Headline number ${counter}`;
  const translation: Translation = {
    articleId: id,
    language: 'es',
    headline: `Titular número ${counter}`,
    slug: slugify(`titular numero ${counter} ${id}`),
    kind: 'MACHINE',
    ...(spanishBody ? { body: spanishBody } : {}),
  };
  return {
    article: {
      id,
      slug: slugify(`${headline} ${id}`),
      language: 'en',
      headline,
      body: ['First paragraph.', 'Second paragraph.'],
      publishedAt: new Date(Date.UTC(2024, 0, 1) + counter * 3_600_000).toISOString(),
      updatedAt: '2026-11-28T00:00:00.000Z',
      version: 1,
      translations: [{ language: 'es', headline: translation.headline, slug: translation.slug, kind: 'MACHINE', hasBody: Boolean(spanishBody) }],
      ...fields,
    },
    translations: [translation],
  };
}
