import type { BodyBlock } from '../../domain/body-blocks.js';
import { builder } from '../builder.js';

export type HeadingBlock = Extract<BodyBlock, { kind: 'heading' }>;

export const HeadingBlockRef = builder.objectRef<HeadingBlock>('HeadingBlock').implement({
  description: 'A subheading inside the body.',
  fields: (t) => ({
    level: t.exposeInt('level', { description: '1 to 6, as the source marked it (NITF hl1/hl2 are 1/2).' }),
    text: t.exposeString('text'),
  }),
});
