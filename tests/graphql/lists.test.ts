import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from '../support/graphql-client.js';
import { makeArticle, mentioning } from '../support/factories.js';
import { kim, loadNewsroom, putin } from '../support/newsroom.js';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { linkTo, makeTerm } from '../support/terms.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;

const economy = makeTerm('Subject', 'economy');
/** Three articles filed under economy, in German (no translation), the first two mentioning Kim. */
const filed = [0, 1, 2].map((i) =>
  makeArticle({
    id: `econ-${i}`,
    language: 'de',
    spanish: false,
    publishedAt: `2025-03-0${i + 1}T00:00:00.000Z`,
    terms: [linkTo(economy)],
    people: i < 2 ? mentioning(kim) : [],
  }),
);

beforeAll(async () => {
  table = await createTestTable('lists');
  await loadNewsroom(table, 9);
  await table.terms.saveTerm(economy);
  for (const document of filed) await table.articles.saveArticle(document);
  query = graphqlClient(table);
}, 120_000);
afterAll(() => table.drop());

interface Connection {
  edges: { cursor: string; node: { slug: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Every connection of the API: a query with `$args` where its page arguments go, and where its answer is. */
const connections: Record<
  string,
  { source: (args: string) => string; at: (data: any) => Connection; reverse: string }
> = {
  articles: { source: (a) => `{ list: articles(${a}) { ...page } }`, at: (d) => d.list, reverse: 'OLDEST' },
  'articles in a language': {
    source: (a) => `{ list: articles(filter: { language: "es" }, ${a}) { ...page } }`,
    at: (d) => d.list,
    reverse: 'OLDEST',
  },
  'a person’s articles': {
    source: (a) => `{ person(slug: "${putin.id}") { articles(${a}) { ...page } } }`,
    at: (d) => d.person.articles,
    reverse: 'OLDEST',
  },
  'an event’s articles': {
    source: (a) => `{ event(slug: "summit-in-vladivostok-2019-04-25") { articles(${a}) { ...page } } }`,
    at: (d) => d.event.articles,
    reverse: 'OLDEST',
  },
  'a subject’s articles': {
    source: (a) => `{ subject(slug: "economy") { articles(${a}) { ...page } } }`,
    at: (d) => d.subject.articles,
    reverse: 'OLDEST',
  },
  people: { source: (a) => `{ list: people(${a}) { ...page } }`, at: (d) => d.list, reverse: 'NAME_DESC' },
  events: { source: (a) => `{ list: events(${a}) { ...page } }`, at: (d) => d.list, reverse: 'DATE_ASC' },
  'events of a kind': {
    source: (a) => `{ list: events(filter: { kind: SUMMIT }, ${a}) { ...page } }`,
    at: (d) => d.list,
    reverse: 'DATE_ASC',
  },
  'a person’s events': {
    source: (a) => `{ person(slug: "${kim.id}") { events(${a}) { ...page } } }`,
    at: (d) => d.person.events,
    reverse: 'DATE_ASC',
  },
  'an event’s participants': {
    source: (a) => `{ event(slug: "summit-in-vladivostok-2019-04-25") { participants(${a}) { ...page } } }`,
    at: (d) => d.event.participants,
    reverse: 'NAME_DESC',
  },
};

async function page(name: string, args: string): Promise<Connection> {
  const connection = connections[name]!;
  const { data, errors } = await query(connection.source(args).replace('...page', FIELDS));
  expect(errors).toBeUndefined();
  return connection.at(data);
}
const FIELDS = 'edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** Pages through a whole list, `size` at a time, forward (first/after) or backward (last/before). */
async function walk(name: string, size: number, backward: boolean, extra = '') {
  const ids: string[] = [];
  const pages: Connection['pageInfo'][] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const args =
      extra +
      (backward
        ? `last: ${size}${cursor ? `, before: "${cursor}"` : ''}`
        : `first: ${size}${cursor ? `, after: "${cursor}"` : ''}`);
    const found = await page(name, args);
    pages.push(found.pageInfo);
    const got = found.edges.map((e: any) => e.node.id as string);
    ids.push(...(backward ? got.reverse() : got));
    if (!(backward ? found.pageInfo.hasPreviousPage : found.pageInfo.hasNextPage)) break;
    cursor = backward ? found.pageInfo.startCursor : found.pageInfo.endCursor;
  }
  return { ids: backward ? ids.reverse() : ids, pages };
}

describe('paging every connection both ways', () => {
  it.each(Object.keys(connections))('%s: last/before gives the same sequence as first/after', async (name) => {
    const size = ['an event’s participants', 'events of a kind'].includes(name) ? 1 : 2;

    const forward = await walk(name, size, false);
    const backward = await walk(name, size, true);

    expect(forward.ids.length).toBeGreaterThan(size);
    expect(backward.ids).toEqual(forward.ids);
    expect(new Set(forward.ids).size).toBe(forward.ids.length);
    // Forward: only the first page has no previous page; backward: only the last page has no next page.
    expect(forward.pages.map((p) => p.hasPreviousPage)).toEqual(forward.pages.map((_, i) => i > 0));
    expect(backward.pages.map((p) => p.hasNextPage)).toEqual(backward.pages.map((_, i) => i > 0));
  });

  it.each(Object.keys(connections))(
    '%s: the reversed orderBy pages through the reverse sequence both ways',
    async (name) => {
      const size = ['an event’s participants', 'events of a kind'].includes(name) ? 1 : 2;
      const order = `orderBy: ${connections[name]!.reverse}, `;

      const natural = await walk(name, size, false);
      const forward = await walk(name, size, false, order);
      const backward = await walk(name, size, true, order);

      expect(forward.ids).toEqual([...natural.ids].reverse());
      expect(backward.ids).toEqual(forward.ids);
    },
  );

  it('a page between two cursors holds exactly the items between them', async () => {
    const all = await page('articles', 'first: 6');
    const after = all.edges[1]!.cursor;
    const before = all.edges[5]!.cursor;

    const between = await page('articles', `first: 10, after: "${after}", before: "${before}"`);
    const lastTwo = await page('articles', `last: 2, after: "${after}", before: "${before}"`);

    expect(between.edges.map((e: any) => e.node.id)).toEqual(all.edges.slice(2, 5).map((e: any) => e.node.id));
    expect(lastTwo.edges.map((e: any) => e.node.id)).toEqual(all.edges.slice(3, 5).map((e: any) => e.node.id));
    expect(lastTwo.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it('refuses first and last together as BAD_USER_INPUT', async () => {
    const { errors } = await query('{ articles(first: 2, last: 2) { edges { cursor } } }');

    expect(errors?.[0]?.message).toBe('give first or last, not both');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('names before in the message for a cursor it did not issue', async () => {
    const { errors } = await query('{ articles(last: 2, before: "nonsense") { edges { cursor } } }');

    expect(errors?.[0]?.message).toMatch(/^before: "nonsense" is not a cursor returned by this API/);
  });
});
