import type { Article } from '../../domain/article.js';
import { builder } from '../builder.js';
import { decodeIdFor, toConnection } from '../relay.js';
import { PhotoRef } from './photo.js';
import { TranslationRef } from './translation.js';

export const ArticleRef = builder.node(builder.objectRef<Article>('Article'), {
  description: 'A news article in its original language.',
  id: { resolve: (article) => article.id },
  loadOne: (id, ctx) => ctx.articles.find(id),
  loadMany: (ids, ctx) => ctx.articles.findMany(ids),
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'URL slug, unique per language.' }),
    language: t.exposeString('language', { description: 'BCP 47 tag of the original text.' }),
    headline: t.exposeString('headline'),
    body: t.exposeStringList('body', { description: 'Paragraphs, exactly as the source wrote them.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime' }),
    dateline: t.exposeString('dateline', { nullable: true, description: 'The date line as written in the source.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version', { description: 'Goes up by one each time an import changes the article.' }),
    photo: t.field({ type: PhotoRef, nullable: true, resolve: (article) => article.photo ?? null }),
    translations: t.field({
      type: [TranslationRef],
      description: 'The article in other languages.',
      resolve: (article) => article.translations.map((summary) => ({ articleId: article.id, summary })),
    }),
  }),
});

const ArticleConnection = builder.connectionObject({ type: ArticleRef, name: 'ArticleConnection' });

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    description: 'One article by its ID or by the slug of any of its languages. NOT_FOUND when there is none.',
    args: { id: t.arg.id({ required: false }), slug: t.arg.string({ required: false }) },
    resolve: (_, { id, slug }, ctx) => ctx.articles.byIdOrSlug(id && decodeIdFor('Article', id), slug),
  }),
  articles: t.field({
    type: ArticleConnection,
    description: 'All articles, newest first. first: 1 to 100 (default 10).',
    args: { first: t.arg.int({ required: false }), after: t.arg.string({ required: false }) },
    resolve: async (_, { first, after }, ctx) => toConnection(await ctx.articles.list(first, after)),
  }),
}));
