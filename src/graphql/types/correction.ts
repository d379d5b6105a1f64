import type { CorrectionNote } from '../../domain/article-editorial.js';
import { builder } from '../builder.js';

export const CorrectionRef = builder.objectRef<CorrectionNote>('Correction').implement({
  description: 'A dated correction note, as a newspaper prints it under the story.',
  fields: (t) => ({
    date: t.field({ type: 'DateTime', description: 'When the correction was made.', resolve: (c) => c.at }),
    note: t.exposeString('note', { description: 'What was corrected ("An earlier version gave the wrong year.").' }),
    fields: t.stringList({
      subGraphs: ['operator'],
      description: 'The fields the correction changed (headline, body, people, translations.es.headline, …).',
      resolve: (c) => c.fields,
    }),
  }),
});
