import type { Photo } from '../../domain/article.js';
import { builder } from '../builder.js';

export const PhotoRef = builder.objectRef<Photo>('Photo').implement({
  description: "The article's lead photo.",
  fields: (t) => ({
    credit: t.exposeString('credit', {
      nullable: true,
      description: 'Photographer and agency, as the source gives them.',
    }),
    caption: t.exposeString('caption', { nullable: true }),
  }),
});
