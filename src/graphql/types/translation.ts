import type { TranslationSummary } from '../../domain/article.js';
import { builder } from '../builder.js';
import type { Localized } from '../localization.js';
import { ArticleRef } from './article.js';

export type TranslationShape = Localized<{ articleId: string; summary: TranslationSummary }>;

export const TranslationKindEnum = builder.enumType('TranslationKind', {
  description: 'Who made a translation, when the source says.',
  values: {
    HUMAN: { description: 'Translated by a person.' },
    MACHINE: { description: 'Machine translation.' },
    UNKNOWN: { description: 'The source does not say.' },
  },
});

export const TranslationRef = builder.objectRef<TranslationShape>('Translation');

TranslationRef.implement({
  description: 'The same article in another language.',
  fields: (t) => ({
    language: t.string({ description: 'BCP 47 language tag.', resolve: ({ summary }) => summary.language }),
    headline: t.string({ resolve: ({ summary }) => summary.headline }),
    slug: t.string({
      description: 'Unique per language; article(slug:) finds it.',
      resolve: ({ summary }) => summary.slug,
    }),
    kind: t.field({ type: TranslationKindEnum, resolve: ({ summary }) => summary.kind }),
    body: t.stringList({
      nullable: true,
      description: 'Paragraphs; null when only the headline was translated.',
      resolve: ({ articleId, summary }, _, ctx) =>
        summary.hasBody ? ctx.articles.translationBody(articleId, summary.language) : null,
    }),
    original: t.field({
      type: ArticleRef,
      description: 'The article this translates, in its original language.',
      resolve: ({ articleId }, _, ctx) => ctx.articles.get(articleId, []),
    }),
  }),
});
