import type { EventInput } from '../../domain/editorial.js';
import { partialDateOf, type NewsEvent } from '../../domain/event.js';
import type { Progress } from '../../domain/editorial.js';
import { InvalidInputError } from '../../domain/errors.js';
import { partialDateArg } from '../arguments.js';
import { builder } from '../builder.js';
import { localize } from '../localization.js';
import { EditProgressRef } from './edit-progress.js';
import { EventKindEnum, EventRef } from './event.js';

const EventPlaceInput = builder.inputType('EventPlaceInput', {
  subGraphs: ['operator'],
  fields: (t) => ({ name: t.string({ required: true }), country: t.string() }),
});

const EventInputRef = builder.inputType('EventInput', {
  subGraphs: ['operator'],
  description: 'Fields to change; absent ones stay, null clears. Each field set is kept against later imports.',
  fields: (t) => ({
    name: t.string(),
    kind: t.field({ type: EventKindEnum }),
    start: t.string({ description: '"2019", "2019-04" or "2019-04-25" (the precision is what is written).' }),
    end: t.string({ description: 'As start.' }),
    statedDate: t.string({
      description:
        'A date the text states but nobody can vouch for ("April 1200"): start is cleared, dateUncertain set.',
    }),
    statedMonth: t.int({ description: 'The plausible month (1-12) of statedDate.' }),
    place: t.field({ type: EventPlaceInput }),
    description: t.string(),
    addParticipants: t.idList({ description: 'People (slugs) to add.' }),
    removeParticipants: t.idList({ description: 'People (slugs) to remove; imports do not add them back.' }),
  }),
});

type RawInput = typeof EventInputRef.$inferInput;

/** The GraphQL input as the domain's: dates checked, null kept as "clear". */
function toEventInput(raw: RawInput): EventInput {
  const date = (field: 'start' | 'end') => {
    const value = raw[field];
    if (value === undefined) return {};
    return { [field]: value === null ? null : partialDateOf(partialDateArg(`input.${field}`, value) as string) };
  };
  if (raw.statedMonth != null && (raw.statedMonth < 1 || raw.statedMonth > 12))
    throw new InvalidInputError('input.statedMonth: 1 to 12');
  return {
    ...(raw.name != null ? { name: raw.name } : {}),
    ...(raw.kind != null ? { kind: raw.kind } : {}),
    ...date('start'),
    ...date('end'),
    ...(raw.statedDate !== undefined
      ? {
          statedDate: raw.statedDate
            ? { text: raw.statedDate, ...(raw.statedMonth ? { month: raw.statedMonth } : {}) }
            : null,
        }
      : {}),
    ...(raw.place !== undefined
      ? {
          place: raw.place
            ? { name: raw.place.name, ...(raw.place.country ? { country: raw.place.country } : {}) }
            : null,
        }
      : {}),
    ...(raw.description !== undefined ? { description: raw.description } : {}),
    ...(raw.addParticipants ? { addParticipants: raw.addParticipants.map(String) } : {}),
    ...(raw.removeParticipants ? { removeParticipants: raw.removeParticipants.map(String) } : {}),
  };
}

const MergeEventsPayload = builder.objectRef<Progress & { survivor: NewsEvent }>('MergeEventsPayload').implement({
  subGraphs: ['operator'],
  fields: (t) => ({
    event: t.field({ type: EventRef, description: 'The survivor.', resolve: (r) => localize(r.survivor, []) }),
    complete: t.exposeBoolean('complete', { description: 'False: call again with the same arguments.' }),
    moved: t.exposeInt('moved'),
  }),
});

builder.mutationFields((t) => ({
  updateEvent: t.field({
    type: EventRef,
    description: 'Renames, re-dates, re-places an event or changes its participants. NOT_FOUND for an unknown id.',
    args: {
      id: t.arg.id({ required: true, description: 'Global ID or slug.' }),
      input: t.arg({ type: EventInputRef, required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: async (_, { id, input, reason }, ctx) =>
      localize(await ctx.editorial.updateEvent(id, toEventInput(input), reason), []),
  }),
  mergeEvents: t.field({
    type: MergeEventsPayload,
    description: "Merges `from` into `into`: coverage and participants move; from's ID and slug lead to the survivor.",
    args: {
      into: t.arg.id({ required: true }),
      from: t.arg.id({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_, { into, from, reason }, ctx) => ctx.editorial.mergeEvents(into, from, reason),
  }),
  deleteEvent: t.field({
    type: EditProgressRef,
    description: 'Removes an event from its articles (the text stays) and participants; imports do not recreate it.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_, { id, reason }, ctx) => ctx.editorial.delete('Event', id, reason),
  }),
  restoreEvent: t.boolean({
    description: "Lifts a deleted event's tombstone.",
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_, { id, reason }, ctx) => ctx.editorial.restore('Event', id, reason),
  }),
}));
