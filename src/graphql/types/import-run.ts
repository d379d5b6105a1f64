import type { DocumentResult, ImportRun } from '../../domain/import-run.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { toConnection } from '../connection.js';
import { ArticleRef } from './article.js';

const OutcomeEnum = builder.enumType('DocumentOutcome', { values: ['WRITTEN', 'UNCHANGED', 'REJECTED'] as const });
const RunStatusEnum = builder.enumType('ImportRunStatus', {
  values: {
    RUNNING: { description: 'Still importing.' },
    SUCCEEDED: { description: 'Every input was read; rejected documents are listed with their reasons.' },
    FAILED: { description: "The run stopped on an error that is not a document's fault; see message." },
    INCOMPLETE: { description: 'Stopped before the Lambda deadline; the next scheduled run goes on.' },
  },
});

const DocumentResultRef = builder.objectRef<DocumentResult>('ImportedDocument').implement({
  fields: (t) => ({
    document: t.exposeString('document', { description: 'File or URL; "#n" marks the n-th item of a feed.' }),
    outcome: t.field({ type: OutcomeEnum, resolve: (d) => d.outcome }),
    reason: t.exposeString('reason', {
      nullable: true,
      description:
        'Why the document was rejected, or why an UNCHANGED one was not written ("superseded": an older version of a stored document).',
    }),
    articleId: t.id({
      nullable: true,
      description: "The article's global ID (as node(id:) and article(id:) take it), when the document became one.",
      resolve: (d) => (d.articleId ? encodeGlobalID('Article', d.articleId) : null),
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: 'The article as it is now (null when rejected, or since withdrawn).',
      resolve: (d, _, ctx) => (d.articleId ? ctx.entities.find('Article', d.articleId, ctx.locales) : null),
    }),
  }),
});

const CountsRef = builder.objectRef<ImportRun['counts']>('ImportCounts').implement({
  description: 'documents = written + unchanged + rejected.',
  fields: (t) => ({
    documents: t.exposeInt('documents'),
    written: t.exposeInt('written'),
    unchanged: t.exposeInt('unchanged'),
    rejected: t.exposeInt('rejected'),
  }),
});

export const ImportRunRef = builder.objectRef<ImportRun>('ImportRun').implement({
  description: 'One content import: what came in and what became of each document.',
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.exposeString('source'),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    status: t.field({ type: RunStatusEnum, resolve: (run) => run.status }),
    message: t.exposeString('message', { nullable: true }),
    counts: t.field({ type: CountsRef, resolve: (run) => run.counts }),
    documents: t.field({
      type: [DocumentResultRef],
      args: { outcome: t.arg({ type: OutcomeEnum, required: false }) },
      description: 'Per-document outcomes (read with importRun(id); empty in the importRuns list).',
      resolve: (run, { outcome }) => (outcome ? run.documents.filter((d) => d.outcome === outcome) : run.documents),
    }),
  }),
});

builder.queryFields((t) => ({
  importRuns: t.field({
    type: builder.connectionObject({ type: ImportRunRef, name: 'ImportRunConnection' }),
    description: 'Import runs, newest first.',
    args: { first: t.arg.int({ required: false }), after: t.arg.string({ required: false }) },
    resolve: async (_, { first, after }, ctx) => toConnection(await ctx.runs.list(first, after), after),
  }),
  importRun: t.field({
    type: ImportRunRef,
    description: "One run with every document's outcome. NOT_FOUND when there is none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, { id }, ctx) => ctx.runs.get(id),
  }),
}));
