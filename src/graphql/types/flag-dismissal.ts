import type { FlagDismissal } from '../../domain/quality.js';
import { builder } from '../builder.js';

export const FlagDismissalRef = builder.objectRef<FlagDismissal>('FlagDismissal').implement({
  subGraphs: ['operator'],
  description: 'An editor judged the flag to need nothing done (or dealt with it by a correction).',
  fields: (t) => ({
    by: t.exposeString('by', { description: 'The operator who dismissed it.' }),
    at: t.expose('at', { type: 'DateTime' }),
    note: t.exposeString('note'),
  }),
});
