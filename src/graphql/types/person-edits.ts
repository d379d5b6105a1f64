import type { Person } from '../../domain/person.js';
import type { Progress } from '../../domain/editorial.js';
import { builder } from '../builder.js';
import { localize } from '../localization.js';
import { EditProgressRef } from './edit-progress.js';
import { PersonRef } from './person.js';

const PersonInput = builder.inputType('PersonInput', {
  subGraphs: ['operator'],
  description: 'Fields to change; absent ones stay, null clears. Each field set is kept against later imports.',
  fields: (t) => ({
    name: t.string({
      description: 'A new name: lookups follow, the old name becomes an alias unless aliases is given.',
    }),
    aliases: t.stringList({ description: 'The whole list of other names.' }),
    description: t.string({ description: 'A role phrase; null removes it.' }),
  }),
});

const MergePeoplePayload = builder.objectRef<Progress & { survivor: Person }>('MergePeoplePayload').implement({
  subGraphs: ['operator'],
  fields: (t) => ({
    person: t.field({ type: PersonRef, description: 'The survivor.', resolve: (r) => localize(r.survivor, []) }),
    complete: t.exposeBoolean('complete', { description: 'False: call again with the same arguments.' }),
    moved: t.exposeInt('moved'),
  }),
});

builder.mutationFields((t) => ({
  updatePerson: t.field({
    type: PersonRef,
    description: 'Renames or corrects a person. NOT_FOUND for an unknown id.',
    args: {
      id: t.arg.id({ required: true, description: 'Global ID or slug.' }),
      input: t.arg({ type: PersonInput, required: true }),
      reason: t.arg.string({ required: false, description: 'Why, for the audit log.' }),
    },
    resolve: async (_, { id, input, reason }, ctx) =>
      localize(
        await ctx.editorial.updatePerson(
          id,
          {
            ...(input.name != null ? { name: input.name } : {}),
            ...(input.aliases != null ? { aliases: input.aliases } : {}),
            ...(input.description !== undefined ? { description: input.description } : {}),
          },
          reason,
        ),
        [],
      ),
  }),
  mergePeople: t.field({
    type: MergePeoplePayload,
    description:
      "Merges `from` into `into`: mentions, events, aliases and lookups move; from's ID and slug then lead to the survivor.",
    args: {
      into: t.arg.id({ required: true }),
      from: t.arg.id({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_, { into, from, reason }, ctx) => ctx.editorial.mergePeople(into, from, reason),
  }),
  deletePerson: t.field({
    type: EditProgressRef,
    description: 'Removes a person from every article (the text stays) and event; imports do not recreate them.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_, { id, reason }, ctx) => ctx.editorial.delete('Person', id, reason),
  }),
  restorePerson: t.boolean({
    description: "Lifts a deleted person's tombstone: the next import naming them creates them again.",
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_, { id, reason }, ctx) => ctx.editorial.restore('Person', id, reason),
  }),
}));
