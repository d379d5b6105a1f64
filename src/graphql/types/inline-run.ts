import type { InlineRun } from '../../domain/body-blocks.js';
import { builder } from '../builder.js';

export const InlineRunRef = builder.objectRef<InlineRun>('InlineRun').implement({
  description: 'A stretch of a paragraph with one formatting: plain, a link, emphasis, strong.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'Plain text; spaces at the edges are part of it.' }),
    href: t.exposeString('href', {
      nullable: true,
      description: 'The link target: always an absolute http(s) or mailto URL.',
    }),
    emphasis: t.boolean({ resolve: (run) => run.emphasis ?? false }),
    strong: t.boolean({ resolve: (run) => run.strong ?? false }),
  }),
});
