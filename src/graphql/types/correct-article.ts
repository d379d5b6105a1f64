import { localesFrom } from '../arguments.js';
import { builder } from '../builder.js';
import { toCorrectionInput } from '../correction-input.js';
import { ArticleRef } from './article.js';
import { TranslationKindEnum } from './translation.js';

const LeadImageInput = builder.inputType('LeadImageInput', {
  subGraphs: ['operator'],
  description: 'The lead image an editor sets.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'Absolute http(s) URL of the picture.' }),
    caption: t.string(),
    credit: t.string(),
    altText: t.string(),
    width: t.int(),
    height: t.int(),
  }),
});

const TranslationCorrectionInput = builder.inputType('TranslationCorrectionInput', {
  subGraphs: ['operator'],
  description: "A translation's fields; a language the article lacks is added (it needs a headline).",
  fields: (t) => ({
    language: t.string({ required: true }),
    headline: t.string(),
    body: t.stringList({ description: 'Paragraphs; null removes the body (the headline stays).' }),
    kind: t.field({ type: TranslationKindEnum }),
  }),
});

const ArticleCorrectionInput = builder.inputType('ArticleCorrectionInput', {
  subGraphs: ['operator'],
  description:
    'What to correct; leave out what stays. Each corrected field stands against later imports of the source (its changes wait in pendingSourceChanges).',
  fields: (t) => ({
    headline: t.string({ description: 'A new slug comes with it; the old slug keeps resolving.' }),
    summary: t.string({ description: 'null removes the summary.' }),
    body: t.stringList({ description: 'Paragraphs (the structured body blocks give way to them).' }),
    publishedAt: t.field({ type: 'DateTime', description: 'dateSource becomes EDITOR.' }),
    image: t.field({ type: LeadImageInput, description: 'The lead image; null removes it.' }),
    translations: t.field({ type: [TranslationCorrectionInput] }),
    addPeople: t.idList({
      description: 'People (ID or slug) the article mentions, though the text did not yield them.',
    }),
    removePeople: t.idList({
      description: 'People (ID or slug) the article does not mention, whatever the source says.',
    }),
    addEvents: t.idList({ description: 'Events (ID or slug) the article covers.' }),
    removeEvents: t.idList({ description: 'Events (ID or slug) the article does not cover.' }),
  }),
});

builder.mutationFields((t) => ({
  correctArticle: t.field({
    type: ArticleRef,
    description:
      'Corrects an article and publishes a dated note with it (Article.corrections). Later imports of its source leave the corrected fields alone; flags about a corrected headline, body or date are dismissed. BAD_USER_INPUT without a note or with nothing to change; NOT_FOUND for an unknown article, person or event; CONFLICT for an unpublished article.',
    args: {
      id: t.arg.id({ required: true, description: "The article's global ID." }),
      input: t.arg({ type: ArticleCorrectionInput, required: true }),
      note: t.arg.string({
        required: true,
        description: 'The correction note readers see ("An earlier version gave the wrong year of the summit.").',
      }),
      locale: t.arg.stringList({ required: false }),
    },
    resolve: (_, { id, input, note, locale }, ctx) =>
      ctx.corrections.correct(id, toCorrectionInput(input), note, localesFrom(locale, ctx)),
  }),
  acceptSourceChange: t.field({
    type: ArticleRef,
    description:
      "Applies the source's pending value of a corrected field (Article.pendingSourceChanges); the field follows the source again. NOT_FOUND when nothing is pending for it.",
    args: {
      articleId: t.arg.id({ required: true }),
      field: t.arg.string({
        required: true,
        description: 'As pendingSourceChanges names it (headline, translations.es.body, …).',
      }),
      note: t.arg.string({ required: false, description: 'Why (recorded in the audit log).' }),
      locale: t.arg.stringList({ required: false }),
    },
    resolve: (_, { articleId, field, note, locale }, ctx) =>
      ctx.corrections.acceptSourceChange(articleId, field, note, localesFrom(locale, ctx)),
  }),
}));
