import type { Rendition } from '../../domain/image.js';
import { builder } from '../builder.js';

export const RenditionRef = builder.objectRef<Rendition>('Rendition').implement({
  description: 'One file of a picture at one size.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Absolute http(s) URL.' }),
    width: t.exposeInt('width', { nullable: true, description: 'Pixels, when the source states it.' }),
    height: t.exposeInt('height', { nullable: true }),
    mimeType: t.exposeString('mimeType', { nullable: true }),
  }),
});
