import { QUALITY_FLAG_KINDS, type QualityFlag } from '../../domain/quality.js';
import { builder } from '../builder.js';
import { FlagDismissalRef } from './flag-dismissal.js';

export const QualityFlagKindEnum = builder.enumType('QualityFlagKind', {
  description: 'What looks damaged.',
  values: QUALITY_FLAG_KINDS,
});

export const QualityFlagRef = builder.objectRef<QualityFlag>('QualityFlag').implement({
  description:
    'Something in the text that looks damaged. The text is stored as the source wrote it; this points at the span.',
  fields: (t) => ({
    id: t.id({
      description: 'Stable across re-imports of the same text: what dismissQualityFlag takes.',
      resolve: (flag) => flag.id ?? '',
    }),
    kind: t.field({ type: QualityFlagKindEnum, resolve: (flag) => flag.kind }),
    paragraph: t.exposeInt('paragraph', {
      description:
        'Index into body (of the original language); -1 for the headline; -2 for the metadata (DATE_FROM_FEED, ENCODING_MISMATCH).',
    }),
    start: t.exposeInt('start', { description: 'Character offset of the span in that paragraph.' }),
    end: t.exposeInt('end'),
    text: t.exposeString('text', { description: 'The offending span.' }),
    message: t.exposeString('message'),
    confidence: t.float({
      description: 'How sure the rule is, 0-1. Flags imported before confidences existed read 1.',
      resolve: (flag) => flag.confidence ?? 1,
    }),
    dismissal: t.field({
      type: FlagDismissalRef,
      nullable: true,
      subGraphs: ['operator'],
      description: 'Who dismissed the flag, when and why; null while it is open.',
      resolve: (flag) => flag.dismissal ?? null,
    }),
  }),
});
