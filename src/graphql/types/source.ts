import type { Source } from '../../domain/article.js';
import { builder } from '../builder.js';

export const SourceRef = builder.objectRef<Source>('Source').implement({
  description: 'Where the article came from.',
  fields: (t) => ({
    publisher: t.exposeString('publisher', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    originalId: t.exposeString('originalId', { nullable: true, description: "The source's own id (guid, URI)." }),
  }),
});
