import type { Author } from '../../domain/author.js';
import { builder } from '../builder.js';

export const AuthorRef = builder.objectRef<Author>('Author').implement({
  description:
    'Someone the byline credits, cleaned from it ("Von Christian Hollmann, dpa" → Christian Hollmann, organisation dpa).',
  fields: (t) => ({
    name: t.exposeString('name'),
    role: t.exposeString('role', { nullable: true, description: 'The job the byline states ("Environment editor").' }),
    organisation: t.exposeString('organisation', {
      nullable: true,
      description: 'The organisation the byline names ("dpa", "Associated Press").',
    }),
  }),
});
