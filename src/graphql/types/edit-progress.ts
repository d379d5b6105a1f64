import type { Progress } from '../../domain/editorial.js';
import { builder } from '../builder.js';

export const EditProgressRef = builder.objectRef<Progress>('EditProgress').implement({
  subGraphs: ['operator'],
  description:
    'How far a merge or delete got. Each call moves at most a page of links (a person may be in thousands of articles): call again with the same arguments until complete.',
  fields: (t) => ({
    complete: t.exposeBoolean('complete', { description: 'True once every link has moved and the old item is gone.' }),
    moved: t.exposeInt('moved', { description: 'Article links and participations this call moved or removed.' }),
  }),
});
