import type { ArgBuilder } from '@pothos/core';
import type { Page, PageArgs } from '../domain/pagination.js';
import type { builder } from './builder.js';

/** A domain page as a Relay connection; its page info comes from the read (see queryPage). */
export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.edges,
    countKey: page.countKey,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage ?? false,
      startCursor: page.startCursor ?? page.edges[0]?.cursor ?? null,
      endCursor: page.endCursor ?? page.edges.at(-1)?.cursor ?? null,
    },
  };
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** `totalCount` on a connection type: the whole list's size from its counter (one batched read for the page). */
export const totalCountField = (t: PothosSchemaTypes.ObjectFieldBuilder<Types, object>) =>
  t.int({
    nullable: true,
    description:
      'How many published items the whole list holds (all pages), kept by counters on write. Null when a date range or name prefix narrows the list: counting those would mean reading them all.',
    resolve: (connection, _, ctx) => ctx.totalCount((connection as { countKey?: string }).countKey),
  });

/** Relay's four connection arguments, the same on every list. */
export const pageArgs = (arg: ArgBuilder<Types>) => ({
  first: arg.int({ required: false, description: 'The first N items (1 to 100, default 10), after `after`.' }),
  after: arg.string({ required: false }),
  last: arg.int({ required: false, description: 'The last N items (1 to 100), before `before`. Not with first.' }),
  before: arg.string({ required: false }),
});

/** The page arguments out of a field's arguments; `reverse` when its orderBy reverses the list's natural order. */
export const pageOf = ({ first, after, last, before }: PageArgs, reverse = false): PageArgs => ({
  first,
  after,
  last,
  before,
  reverse,
});
