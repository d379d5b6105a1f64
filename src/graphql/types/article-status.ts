import { statusOf } from '../../domain/takedown.js';
import { localesFrom } from '../arguments.js';
import { builder } from '../builder.js';
import { ArticleRef } from './article.js';

const ArticleStatusEnum = builder.enumType('ArticleStatus', {
  subGraphs: ['operator'],
  values: {
    PUBLISHED: { description: 'Served by every public read.' },
    UNPUBLISHED: { description: 'Taken down: no public read serves or counts it; republishArticle brings it back.' },
  },
});

builder.objectField(ArticleRef, 'status', (t) =>
  t.field({
    subGraphs: ['operator'],
    type: ArticleStatusEnum,
    description: 'Whether the public API serves the article (operators see unpublished articles too).',
    resolve: (article) => statusOf(article),
  }),
);

builder.mutationFields((t) => ({
  unpublishArticle: t.field({
    type: ArticleRef,
    description:
      'Takes an article down at once from every public read (by id and slug, node, feeds and filters, person, event and term pages, related lists, mention counts). A re-import of its source does not bring it back. BAD_USER_INPUT without a reason; NOT_FOUND for an unknown id; already unpublished: nothing changes.',
    args: {
      id: t.arg.id({ required: true, description: "The article's global ID." }),
      reason: t.arg.string({ required: true, description: 'Why (recorded in the audit log).' }),
      locale: t.arg.stringList({ required: false }),
    },
    resolve: (_, { id, reason, locale }, ctx) => ctx.editing.unpublish(id, reason, localesFrom(locale, ctx)),
  }),
  republishArticle: t.field({
    type: ArticleRef,
    description: 'Serves an unpublished article again, everywhere it was. NOT_FOUND for an unknown id.',
    args: {
      id: t.arg.id({ required: true }),
      note: t.arg.string({ required: false, description: 'Why (recorded in the audit log).' }),
      locale: t.arg.stringList({ required: false }),
    },
    resolve: (_, { id, note, locale }, ctx) => ctx.editing.republish(id, note, localesFrom(locale, ctx)),
  }),
}));
