import type { PersonMention } from '../../domain/person.js';
import { builder } from '../builder.js';
import type { Localized } from '../localization.js';
import { PersonRef } from './person.js';

export const MentionRef = builder.objectRef<Localized<PersonMention>>('Mention');

MentionRef.implement({
  description: 'A person as one article mentions them.',
  fields: (t) => ({
    person: t.field({
      type: PersonRef,
      resolve: (mention, _, ctx) => ctx.people.one(mention.personId, mention.locales),
    }),
    role: t.exposeString('role', {
      nullable: true,
      description: 'The role phrase the article gives, e.g. "the North Korean leader".',
    }),
  }),
});
