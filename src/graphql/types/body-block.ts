import type { BodyBlock } from '../../domain/body-blocks.js';
import { builder } from '../builder.js';
import { EmbedBlockRef } from './embed-block.js';
import { HeadingBlockRef } from './heading-block.js';
import { ImageBlockRef } from './image-block.js';
import { ListBlockRef } from './list-block.js';
import { ParagraphBlockRef } from './paragraph-block.js';
import { PreformattedBlockRef } from './preformatted-block.js';
import { QuoteBlockRef } from './quote-block.js';

const REFS = {
  paragraph: ParagraphBlockRef,
  heading: HeadingBlockRef,
  quote: QuoteBlockRef,
  list: ListBlockRef,
  image: ImageBlockRef,
  embed: EmbedBlockRef,
  preformatted: PreformattedBlockRef,
} as const;

export const BodyBlockRef = builder.unionType('BodyBlock', {
  description: 'One block of an article body, in reading order. Ask for __typename and the fields of each kind.',
  types: Object.values(REFS),
  resolveType: (block: BodyBlock) => REFS[block.kind],
});
