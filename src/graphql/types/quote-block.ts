import type { BodyBlock } from '../../domain/body-blocks.js';
import { builder } from '../builder.js';

export type QuoteBlock = Extract<BodyBlock, { kind: 'quote' }>;

export const QuoteBlockRef = builder.objectRef<QuoteBlock>('QuoteBlock').implement({
  description: 'A block quotation (pull quote).',
  fields: (t) => ({
    text: t.exposeString('text'),
    attribution: t.exposeString('attribution', {
      nullable: true,
      description: 'Who said it, when the source names them.',
    }),
  }),
});
