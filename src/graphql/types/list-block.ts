import type { BodyBlock } from '../../domain/body-blocks.js';
import { builder } from '../builder.js';

export type ListBlock = Extract<BodyBlock, { kind: 'list' }>;

export const ListBlockRef = builder.objectRef<ListBlock>('ListBlock').implement({
  description: 'A bulleted or numbered list.',
  fields: (t) => ({
    ordered: t.exposeBoolean('ordered'),
    items: t.exposeStringList('items', { description: 'Each item as plain text.' }),
  }),
});
