import type { Tombstone } from '../../domain/article-deletion.js';
import { builder } from '../builder.js';
import { articleGlobalId } from '../global-id.js';
import { SourceRef } from './source.js';

const DeletedArticleRef = builder.objectRef<Tombstone>('DeletedArticle').implement({
  subGraphs: ['operator'],
  description: 'What is kept of a deleted article (its tombstone): imports of its source skip it until it is restored.',
  fields: (t) => ({
    id: t.id({
      description: "The article's global ID (auditLog(entityId:) still takes it).",
      resolve: (tombstone) => articleGlobalId(tombstone.articleId),
    }),
    headline: t.exposeString('headline'),
    source: t.field({ type: SourceRef, nullable: true, resolve: (tombstone) => tombstone.source ?? null }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime' }),
    reason: t.exposeString('reason'),
    actor: t.exposeString('actor', { description: 'Who deleted it.' }),
  }),
});

builder.mutationFields((t) => ({
  deleteArticle: t.field({
    type: DeletedArticleRef,
    description:
      'Deletes an article with its translations, slugs and links, and keeps a tombstone so imports of its source skip it ("skipped: deleted" in the import run) until restoreArticle. BAD_USER_INPUT without a reason; NOT_FOUND for an unknown id.',
    args: {
      id: t.arg.id({ required: true, description: "The article's global ID." }),
      reason: t.arg.string({ required: true, description: 'Why (recorded in the audit log and the tombstone).' }),
    },
    resolve: (_, { id, reason }, ctx) => ctx.editing.delete(id, reason),
  }),
  restoreArticle: t.field({
    type: DeletedArticleRef,
    description:
      "Lifts a deleted article's tombstone: the next import of its source creates it again. Give the article's global ID or its source identity (the URL, guid or Id line it was imported from). NOT_FOUND when nothing was deleted.",
    args: {
      id: t.arg.id({ required: false }),
      sourceIdentity: t.arg.string({ required: false }),
      note: t.arg.string({ required: false, description: 'Why (recorded in the audit log).' }),
    },
    resolve: (_, { id, sourceIdentity, note }, ctx) => ctx.editing.restore(id, sourceIdentity, note),
  }),
}));
