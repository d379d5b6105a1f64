import type { Person } from '../../domain/person.js';
import { builder } from '../builder.js';
import { nodeLoader } from '../node-loader.js';
import { decodeIdFor, localesFrom } from '../arguments.js';
import { pageArgs, pageOf, toConnection, totalCountField } from '../connection.js';
import { byMentions, EventOrderEnum, PersonOrderEnum, reversed } from './list-order.js';
import type { Localized } from '../localization.js';
import { articlesOf } from './article.js';
import { EventConnection } from './event.js';

export const PersonRef = builder.objectRef<Localized<Person>>('Person');

export const PersonConnection = builder.connectionObject({
  type: PersonRef,
  name: 'PersonConnection',
  fields: (t) => ({ totalCount: totalCountField(t) }),
});

builder.node(PersonRef, {
  description: 'A person in the news.',
  id: { resolve: (person) => person.id },
  loadOne: nodeLoader('Person'),
  fields: (t) => ({
    slug: t.exposeString('id', { description: 'URL slug; person(slug:) finds it.' }),
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases', { description: 'Other names articles use.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'A role phrase, e.g. "North Korean leader".',
    }),
    mentionCount: t.exposeInt('mentionCount', { description: 'How many articles mention the person.' }),
    articles: articlesOf(t, 'Articles mentioning the person, newest first.', (person) => ({ personId: person.id })),
    events: t.field({
      type: EventConnection,
      description:
        'Events the person took part in, newest first (orderBy DATE_ASC: earliest first). first or last: 1 to 100 (default first 10).',
      args: { ...pageArgs(t.arg), orderBy: t.arg({ type: EventOrderEnum, required: false }) },
      resolve: async (person, args, ctx) =>
        toConnection(await ctx.events.ofPerson(person, pageOf(args, reversed(args.orderBy)))),
    }),
  }),
});

const PeopleFilter = builder.inputType('PeopleFilter', {
  fields: (t) => ({ nameStartsWith: t.string({ description: 'Case and diacritics are ignored.' }) }),
});

builder.queryFields((t) => ({
  person: t.field({
    type: PersonRef,
    description:
      'One person by ID, slug, or name or alias (case and diacritics ignored). NOT_FOUND when there is none.',
    args: {
      id: t.arg.id({ required: false }),
      slug: t.arg.string({ required: false }),
      name: t.arg.string({ required: false }),
      locale: t.arg.stringList({
        required: false,
        description: "Languages for the person's articles, in order of preference.",
      }),
    },
    resolve: (_, { id, slug, name, locale }, ctx) =>
      ctx.people.lookup({ id: id ? decodeIdFor('Person', id) : undefined, slug, name }, localesFrom(locale, ctx)),
  }),
  people: t.field({
    type: PersonConnection,
    description:
      'People mentioned in published articles, by name A to Z (orderBy NAME_DESC: Z to A; MENTIONS: most mentioned first; MENTIONS_ASC). first or last: 1 to 100 (default first 10).',
    args: {
      filter: t.arg({ type: PeopleFilter, required: false }),
      ...pageArgs(t.arg),
      orderBy: t.arg({ type: PersonOrderEnum, required: false }),
      locale: t.arg.stringList({ required: false }),
    },
    resolve: async (_, { filter, locale, orderBy, ...page }, ctx) =>
      toConnection(
        await ctx.people.list(
          byMentions(orderBy, 'people', filter?.nameStartsWith)
            ? { byMentions: true }
            : filter?.nameStartsWith
              ? { nameStartsWith: filter.nameStartsWith }
              : {},
          pageOf(page, reversed(orderBy)),
          localesFrom(locale, ctx),
        ),
      ),
  }),
}));
