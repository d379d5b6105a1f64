import type { BodyBlock } from '../../domain/body-blocks.js';
import { builder } from '../builder.js';

export type PreformattedBlock = Extract<BodyBlock, { kind: 'preformatted' }>;

export const PreformattedBlockRef = builder.objectRef<PreformattedBlock>('PreformattedBlock').implement({
  description: 'Text whose line breaks and spacing matter (code, tables as text).',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'Keeps its newlines.' }),
  }),
});
