import { pickRendition, type Image } from '../../domain/image.js';
import { builder } from '../builder.js';
import { RenditionRef } from './rendition.js';

export const ImageRef = builder.objectRef<Image>('Image').implement({
  description: 'A picture with every size the source offers.',
  fields: (t) => ({
    url: t.string({
      description:
        'The rendition to show at `width` pixels: the smallest at least that wide, else the largest. Without width: the largest.',
      args: { width: t.arg.int({ required: false }) },
      resolve: (image, { width }) => pickRendition(image, width)?.url ?? '',
    }),
    renditions: t.field({ type: [RenditionRef], resolve: (image) => image.renditions }),
    caption: t.exposeString('caption', { nullable: true }),
    credit: t.exposeString('credit', {
      nullable: true,
      description: 'Photographer and agency, as the source gives them.',
    }),
    altText: t.exposeString('altText', {
      nullable: true,
      description: 'Text alternative for screen readers, when the source gives one.',
    }),
  }),
});
