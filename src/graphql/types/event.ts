import { EVENT_KINDS, type NewsEvent } from '../../domain/event.js';
import { builder } from '../builder.js';
import { nodeLoader } from '../node-loader.js';
import { decodeIdFor, idOrSlug, localesFrom, partialDateArg } from '../arguments.js';
import { pageArgs, pageOf, toConnection, totalCountField } from '../connection.js';
import { byMentions, EventOrderEnum, PersonOrderEnum, reversed } from './list-order.js';
import type { Localized } from '../localization.js';
import { articlesOf } from './article.js';
import { PartialDateRef } from './partial-date.js';
import { PersonConnection } from './person.js';
import { EventPlaceRef } from './event-place.js';
import { firstPageOf } from '../selection.js';

export const EventKindEnum = builder.enumType('EventKind', { values: EVENT_KINDS });

export const EventRef = builder.objectRef<Localized<NewsEvent>>('Event');

export const EventConnection = builder.connectionObject({
  type: EventRef,
  name: 'EventConnection',
  fields: (t) => ({ totalCount: totalCountField(t) }),
});

builder.node(EventRef, {
  description: 'Something that happened that articles cover: a summit, an anniversary, a war.',
  id: { resolve: (event) => event.id },
  loadOne: nodeLoader('Event'),
  fields: (t) => ({
    slug: t.exposeString('id', { description: 'URL slug; event(slug:) finds it.' }),
    name: t.exposeString('name'),
    kind: t.field({ type: EventKindEnum, resolve: (event) => event.kind }),
    start: t.field({ type: PartialDateRef, nullable: true, resolve: (event) => event.start ?? null }),
    end: t.field({ type: PartialDateRef, nullable: true, resolve: (event) => event.end ?? null }),
    dateUncertain: t.boolean({
      description:
        'True when the source states a date that cannot be trusted (damaged text): start is then null and statedDate holds what was written.',
      resolve: (event) => event.dateUncertain ?? false,
    }),
    statedDate: t.string({
      nullable: true,
      description: 'The date exactly as the text states it, when dateUncertain ("April 1200").',
      resolve: (event) => event.statedDate?.text ?? null,
    }),
    statedMonth: t.int({
      nullable: true,
      description: 'The month (1-12) of an uncertain date, when that part is plausible.',
      resolve: (event) => event.statedDate?.month ?? null,
    }),
    place: t.field({ type: EventPlaceRef, nullable: true, resolve: (event) => event.place ?? null }),
    description: t.exposeString('description', { nullable: true }),
    participantCount: t.int({
      description: 'How many people took part.',
      resolve: (event, _, ctx) => ctx.events.participantCount(event),
    }),
    participants: t.field({
      type: PersonConnection,
      description:
        'The people who took part, by name (orderBy NAME_DESC: Z to A). first or last: 1 to 100 (default first 10).',
      args: { ...pageArgs(t.arg), orderBy: t.arg({ type: PersonOrderEnum, required: false }) },
      resolve: async (event, args, ctx) => {
        byMentions(args.orderBy, 'participants');
        return toConnection(await ctx.events.participants(event, pageOf(args, reversed(args.orderBy))));
      },
    }),
    articles: articlesOf(t, 'Articles covering the event, newest first.', (event) => ({ eventId: event.id })),
    relatedEvents: t.field({
      type: [EventRef],
      description: 'Up to five events sharing participants (among the first ten by name), nearest in time first.',
      resolve: (event, _, ctx) => ctx.events.related(event),
    }),
  }),
});

const EventFilter = builder.inputType('EventFilter', {
  description: "A start-date range, combined with a person, a kind, or both (a person's events of a kind).",
  fields: (t) => ({
    from: t.string({ description: 'Inclusive: "2019", "2019-04" or "2019-04-25".' }),
    to: t.string({ description: 'Inclusive: "2019", "2019-04" or "2019-04-25".' }),
    kind: t.field({ type: EventKindEnum }),
    person: t.id({ description: "A person's ID or slug." }),
  }),
});

builder.queryFields((t) => ({
  event: t.field({
    type: EventRef,
    description: 'One event by ID or slug. NOT_FOUND when there is none.',
    args: {
      id: t.arg.id({ required: false }),
      slug: t.arg.string({ required: false }),
      locale: t.arg.stringList({ required: false }),
    },
    resolve: (_, { id, slug, locale }, ctx, info) =>
      ctx.events.lookup(
        id ? decodeIdFor('Event', id) : undefined,
        slug,
        localesFrom(locale, ctx),
        firstPageOf(info, 'participants'),
      ),
  }),
  events: t.field({
    type: EventConnection,
    description:
      'Events, latest start first (orderBy DATE_ASC: earliest first). first or last: 1 to 100 (default first 10).',
    args: {
      filter: t.arg({ type: EventFilter, required: false }),
      ...pageArgs(t.arg),
      orderBy: t.arg({ type: EventOrderEnum, required: false }),
      locale: t.arg.stringList({ required: false }),
    },
    resolve: async (_, { filter, locale, orderBy, ...page }, ctx) => {
      const from = partialDateArg('filter.from', filter?.from);
      const to = partialDateArg('filter.to', filter?.to);
      const personId = idOrSlug('Person', filter?.person, 'filter.person');
      const query = {
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(filter?.kind ? { kind: filter.kind } : {}),
        ...(personId ? { personId } : {}),
      };
      return toConnection(await ctx.events.list(query, pageOf(page, reversed(orderBy)), localesFrom(locale, ctx)));
    },
  }),
}));
