import { localesFrom } from '../arguments.js';
import { builder } from '../builder.js';
import { pageArgs, pageOf, toConnection } from '../connection.js';
import { ArticleConnection, ArticleRef } from './article.js';
import { QualityFlagKindEnum } from './quality-flag.js';

builder.queryFields((t) => ({
  qualityReview: t.field({
    subGraphs: ['operator'],
    type: ArticleConnection,
    description:
      'The review queue: articles with open quality flags (of one kind, when given), newest first. Dismissing the last open flag takes an article off.',
    args: {
      kind: t.arg({ type: QualityFlagKindEnum, required: false }),
      ...pageArgs(t.arg),
    },
    resolve: async (_, { kind, ...args }, ctx) =>
      toConnection(await ctx.articles.list({ review: kind ? { kind } : {} }, pageOf(args), ctx.locales)),
  }),
}));

builder.mutationFields((t) => ({
  dismissQualityFlag: t.field({
    type: ArticleRef,
    description:
      'Dismisses a quality flag: it stays visible to operators (dismissedQualityFlags: who, when, note), leaves the review queue, and a re-import of the same text does not reopen it. NOT_FOUND for an unknown article or flag; BAD_USER_INPUT without a note or for a flag dismissed already.',
    args: {
      articleId: t.arg.id({ required: true }),
      flagId: t.arg.id({ required: true, description: 'QualityFlag.id' }),
      note: t.arg.string({ required: true, description: 'Why the flag needs nothing done.' }),
      locale: t.arg.stringList({ required: false }),
    },
    resolve: (_, { articleId, flagId, note, locale }, ctx) =>
      ctx.corrections.dismissQualityFlag(articleId, flagId, note, localesFrom(locale, ctx)),
  }),
}));
