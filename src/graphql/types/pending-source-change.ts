import type { FieldValue, PendingSourceChange } from '../../domain/article-editorial.js';
import { builder } from '../builder.js';

/** A value as text: paragraphs separated by blank lines, an image by its URL, a removed value as null. */
function asText(value: FieldValue): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join('\n\n');
  return value.renditions[0]?.url ?? null;
}

export const PendingSourceChangeRef = builder.objectRef<PendingSourceChange>('PendingSourceChange').implement({
  subGraphs: ['operator'],
  description:
    "The source changed a field an editor had corrected: the correction stands until an editor accepts the source's value (acceptSourceChange).",
  fields: (t) => ({
    field: t.exposeString('field', {
      description: 'headline, summary, body, publishedAt, image, translations.<language>.headline, …',
    }),
    value: t.string({
      nullable: true,
      description:
        "The source's value as text (body paragraphs separated by blank lines, an image as its URL; null: the source has none).",
      resolve: (change) => asText(change.value),
    }),
    seenAt: t.expose('seenAt', { type: 'DateTime', description: 'When an import first brought this value.' }),
  }),
});
