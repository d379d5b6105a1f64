import { builder } from '../builder.js';
import { toConnection } from '../connection.js';
import { ArticleConnection } from './article.js';
import { QualityFlagKindEnum } from './quality-flag.js';

builder.queryFields((t) => ({
  qualityReview: t.field({
    subGraphs: ['operator'],
    type: ArticleConnection,
    description:
      'The review queue: articles with open quality flags (of one kind, when given), newest first. Dismissing the last open flag takes an article off.',
    args: {
      kind: t.arg({ type: QualityFlagKindEnum, required: false }),
      first: t.arg.int({ required: false }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_, { kind, first, after }, ctx) =>
      toConnection(await ctx.articles.list({ review: kind ? { kind } : {} }, first, after, ctx.locales), after),
  }),
}));
