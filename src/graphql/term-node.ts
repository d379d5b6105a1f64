import type { Term, TermKind } from '../domain/taxonomy.js';
import { builder } from './builder.js';
import { localesFrom } from './arguments.js';
import type { Localized } from './localization.js';
import { nodeLoader } from './node-loader.js';
import { servedName } from './term-queries.js';
import { articlesOf } from './types/article.js';
import { LocalizedNameRef } from './types/localized-name.js';

/**
 * A taxonomy kind's node type and its `<kind>(slug:)` lookup: the four kinds share their fields, so
 * each type file is one call (the kind is the entity type, the GraphQL type and the item's `type`).
 */
export function termNode(kind: TermKind, description: string, articlesDescription: string) {
  const lookup = kind.charAt(0).toLowerCase() + kind.slice(1);
  const Ref = builder.objectRef<Localized<Term>>(kind);
  builder.node(Ref, {
    description,
    id: { resolve: (term) => term.id },
    loadOne: nodeLoader(kind),
    fields: (t) => ({
      slug: t.exposeString('id', { description: `URL slug; ${lookup}(slug:) finds it.` }),
      name: t.string({
        description: 'The name in the first requested language the source gave one in, else as first read.',
        resolve: (term) => servedName(term),
      }),
      names: t.field({
        type: [LocalizedNameRef],
        description: 'The name in each language a source gave it.',
        resolve: (term) => term.names,
      }),
      scheme: t.exposeString('scheme', {
        nullable: true,
        description:
          'The vocabulary the code is from (an IPTC NewsCodes URI, a Guardian tag type), when the source has one.',
      }),
      code: t.exposeString('code', {
        nullable: true,
        description: 'The id in that vocabulary ("medtop:20000763", "world/north-korea").',
      }),
      articles: articlesOf(t, articlesDescription, (term) => ({ term: { kind, termId: term.id } })),
    }),
  });
  builder.queryField(lookup, (t) =>
    t.field({
      type: Ref,
      description: `One ${lookup} by slug. NOT_FOUND when there is none.`,
      args: {
        slug: t.arg.string({ required: true }),
        locale: t.arg.stringList({ required: false, description: 'Languages in order of preference.' }),
      },
      resolve: (_, { slug, locale }, ctx) => ctx.terms.bySlug(kind, slug, localesFrom(locale, ctx)),
    }),
  );
  return Ref;
}
