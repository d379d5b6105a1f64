import type { LocalizedName } from '../../domain/taxonomy.js';
import { builder } from '../builder.js';

export const LocalizedNameRef = builder.objectRef<LocalizedName>('LocalizedName').implement({
  description: 'A name in one language.',
  fields: (t) => ({
    language: t.exposeString('language', { description: 'BCP 47 tag.' }),
    name: t.exposeString('name'),
  }),
});
