import type { BodyBlock } from '../../domain/body-blocks.js';
import { imageFromBlock } from '../../domain/image.js';
import { builder } from '../builder.js';
import { ImageRef } from './image.js';

export type ImageBlock = Extract<BodyBlock, { kind: 'image' }>;

export const ImageBlockRef = builder.objectRef<ImageBlock>('ImageBlock').implement({
  description: 'A picture inside the body, where the source placed it.',
  fields: (t) => ({
    src: t.exposeString('src', { description: 'Absolute http(s) URL.' }),
    alt: t.exposeString('alt', { nullable: true }),
    caption: t.exposeString('caption', { nullable: true }),
    credit: t.exposeString('credit', { nullable: true }),
    width: t.exposeInt('width', { nullable: true, description: 'Pixels, when the source states it.' }),
    height: t.exposeInt('height', { nullable: true }),
    image: t.field({
      type: ImageRef,
      description: 'The same picture as an Image: src and every srcset size, for url(width:).',
      resolve: (block) => imageFromBlock(block),
    }),
  }),
});
