import type { DocumentResult, ImportRun } from '../../domain/import-run.js';
import { builder } from '../builder.js';
import { pageArgs, pageOf, toConnection, totalCountField } from '../connection.js';
import { articleGlobalId } from '../global-id.js';
import { ArticleRef } from './article.js';

const OutcomeEnum = builder.enumType('DocumentOutcome', {
  subGraphs: ['operator'],
  values: {
    WRITTEN: { description: 'Stored: a new article, person or event, or a new version of one.' },
    UNCHANGED: { description: 'Nothing to write: the same content, or an older version (see reason).' },
    REJECTED: { description: 'Not imported; reason says why.' },
    QUEUED: { description: "Sent to the import queue by a scheduled run; a worker's run records the outcome." },
  },
});
const RunStatusEnum = builder.enumType('ImportRunStatus', {
  subGraphs: ['operator'],
  values: {
    RUNNING: { description: 'Still importing.' },
    SUCCEEDED: { description: 'Every input was read; rejected documents are listed with their reasons.' },
    FAILED: { description: "The run stopped on an error that is not a document's fault; see message." },
    INCOMPLETE: { description: 'Stopped before the Lambda deadline; the next scheduled run goes on.' },
  },
});

const DocumentResultRef = builder.objectRef<DocumentResult>('ImportedDocument').implement({
  subGraphs: ['operator'],
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
      description: "The article's global ID, as article(id:) and node(id:) take it.",
      resolve: (d) => (d.articleId ? articleGlobalId(d.articleId) : null),
    }),
    headline: t.exposeString('headline', { nullable: true, description: 'The headline as imported.' }),
    flags: t.stringList({
      description: "Kinds of the article's quality flags (IMPLAUSIBLE_YEAR, ...): what may need an editor's look.",
      resolve: (d) => d.flags ?? [],
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: 'The article as it is now (null when rejected, or since withdrawn).',
      resolve: (d, _, ctx) => (d.articleId ? ctx.entities.find('Article', d.articleId, ctx.locales) : null),
    }),
  }),
});

const DocumentConnection = builder.connectionObject({
  type: DocumentResultRef,
  name: 'ImportedDocumentConnection',
  subGraphs: ['operator'],
});

const CountsRef = builder.objectRef<ImportRun['counts']>('ImportCounts').implement({
  subGraphs: ['operator'],
  description: 'documents = written + unchanged + rejected + queued.',
  fields: (t) => ({
    documents: t.exposeInt('documents'),
    written: t.exposeInt('written'),
    unchanged: t.exposeInt('unchanged'),
    rejected: t.exposeInt('rejected'),
    queued: t.exposeInt('queued'),
  }),
});

export const ImportRunRef = builder.objectRef<ImportRun>('ImportRun').implement({
  subGraphs: ['operator'],
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
      type: DocumentConnection,
      args: { ...pageArgs(t.arg), outcome: t.arg({ type: OutcomeEnum, required: false }) },
      description:
        'Per-document outcomes in input order, of one outcome if given: one Query a page. first or last: 1 to 100 (default first 10).',
      resolve: async (run, { outcome, ...page }, ctx) =>
        toConnection(await ctx.runs.documents(run.id, pageOf(page), outcome)),
    }),
  }),
});

builder.queryFields((t) => ({
  importRuns: t.field({
    subGraphs: ['operator'],
    type: builder.connectionObject(
      {
        type: ImportRunRef,
        name: 'ImportRunConnection',
        subGraphs: ['operator'],
        fields: (t) => ({ totalCount: totalCountField(t) }),
      },
      { subGraphs: ['operator'] },
    ),
    description: 'Import runs, newest first.',
    args: pageArgs(t.arg),
    resolve: async (_, args, ctx) => toConnection(await ctx.runs.list(pageOf(args))),
  }),
  importRun: t.field({
    subGraphs: ['operator'],
    type: ImportRunRef,
    description: "One run with every document's outcome. NOT_FOUND when there is none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, { id }, ctx) => ctx.runs.get(id),
  }),
}));
