import { paragraphText, type BodyBlock } from '../../domain/body-blocks.js';
import { builder } from '../builder.js';
import { InlineRunRef } from './inline-run.js';

export type ParagraphBlock = Extract<BodyBlock, { kind: 'paragraph' }>;

export const ParagraphBlockRef = builder.objectRef<ParagraphBlock>('ParagraphBlock').implement({
  description: 'A paragraph of text with its links and emphasis.',
  fields: (t) => ({
    runs: t.field({ type: [InlineRunRef], resolve: (block) => block.runs }),
    text: t.string({ description: 'The paragraph as plain text.', resolve: (block) => paragraphText(block.runs) }),
  }),
});
