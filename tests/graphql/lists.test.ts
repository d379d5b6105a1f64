import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/domain/person.js';
import { personRankKey } from '../../src/storage/keys.js';
import { graphqlClient } from '../support/graphql-client.js';
import { makeArticle, mentioning } from '../support/factories.js';
import { kim, loadNewsroom, putin, trump } from '../support/newsroom.js';
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
  totalCount: number | null;
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
  'people by mention count': {
    // Most mentioned first unless the test asks for the reverse order.
    source: (a) => `{ list: people(${a.includes('orderBy') ? '' : 'orderBy: MENTIONS, '}${a}) { ...page } }`,
    at: (d) => d.list,
    reverse: 'MENTIONS_ASC',
  },
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
const FIELDS = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** Pages through a whole list, `size` at a time, forward (first/after) or backward (last/before). */
async function walk(name: string, size: number, backward: boolean, extra = '') {
  const ids: string[] = [];
  const pages: Connection['pageInfo'][] = [];
  const totals: (number | null)[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const args =
      extra +
      (backward
        ? `last: ${size}${cursor ? `, before: "${cursor}"` : ''}`
        : `first: ${size}${cursor ? `, after: "${cursor}"` : ''}`);
    const found = await page(name, args);
    pages.push(found.pageInfo);
    totals.push(found.totalCount);
    const got = found.edges.map((e: any) => e.node.id as string);
    ids.push(...(backward ? got.reverse() : got));
    if (!(backward ? found.pageInfo.hasPreviousPage : found.pageInfo.hasNextPage)) break;
    cursor = backward ? found.pageInfo.startCursor : found.pageInfo.endCursor;
  }
  return { ids: backward ? ids.reverse() : ids, pages, totals };
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
    // totalCount: the whole list's size on every page, both ways.
    expect(new Set([...forward.totals, ...backward.totals])).toEqual(new Set([forward.ids.length]));
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

describe('totalCount', () => {
  const counts = async () => {
    const { data } = await query(
      `{ all: articles { totalCount } es: articles(filter: { language: "es" }) { totalCount }
         de: articles(filter: { language: "de" }) { totalCount }
         subject(slug: "economy") { articles { totalCount } }
         person(slug: "${kim.id}") { articles { totalCount } } }`,
    );
    return {
      all: data.all.totalCount,
      es: data.es.totalCount,
      de: data.de.totalCount,
      economy: data.subject.articles.totalCount,
      kim: data.person.articles.totalCount,
    };
  };

  it('counts published articles per list: 10 newsroom articles in English and Spanish, 3 filed German ones', async () => {
    expect(await counts()).toEqual({ all: 13, es: 10, de: 3, economy: 3, kim: 12 });
  });

  it('stays put when the same article is written again, and follows a new version that leaves a list', async () => {
    const [one] = filed;
    await table.articles.saveArticle({ article: { ...one!.article, version: 2 }, translations: one!.translations });
    const same = await counts();
    await table.articles.saveArticle({
      article: { ...one!.article, version: 3, terms: [], people: [] },
      translations: one!.translations,
    });
    const left = await counts();
    await table.articles.saveArticle({ article: { ...one!.article, version: 4 }, translations: one!.translations });

    expect(same).toEqual({ all: 13, es: 10, de: 3, economy: 3, kim: 12 });
    expect(left).toEqual({ all: 13, es: 10, de: 3, economy: 2, kim: 11 });
    expect(await counts()).toEqual(same);
  });

  it('is null when a date range narrows the list, which no counter counts', async () => {
    const { data } = await query(
      '{ articles(filter: { publishedAfter: "2025-01-01T00:00:00Z" }) { totalCount edges { cursor } } }',
    );

    expect(data.articles).toEqual({ totalCount: null, edges: expect.any(Array) });
    expect(data.articles.edges).toHaveLength(3);
  });
});

describe('combined filters', () => {
  /** The ids of a filter's articles, with the DynamoDB calls of the request. */
  const listed = async (filter: string) => {
    table.calls.reset();
    const { data, errors } = await query(
      `{ articles(filter: { ${filter} }, first: 100) { totalCount edges { node { id } } } }`,
    );
    expect(errors).toBeUndefined();
    return {
      ids: data.articles.edges.map((e: any) => e.node.id as string),
      total: data.articles.totalCount,
      calls: table.calls.calls.length,
    };
  };
  /** The same list filtered here: the edge's articles available in the language. */
  const expected = async (filter: string, language: string) => {
    const { data } = await query(
      `{ articles(filter: { ${filter} }, first: 100) { edges { node { id availableLanguages } } } }`,
    );
    return data.articles.edges
      .filter((e: any) => e.node.availableLanguages.some((tag: string) => tag.split('-')[0] === language))
      .map((e: any) => e.node.id as string);
  };

  it.each([
    ['person: "vladimir-putin"', 'es', 6],
    ['person: "kim-jong-un"', 'de', 2],
    ['event: "summit-in-vladivostok-2019-04-25"', 'es', 4],
    ['subject: "economy"', 'de', 3],
    ['subject: "economy"', 'en', 0],
  ])(
    '%s + language %s: exactly the expected %i articles, counted, in one Query and one read',
    async (edge, language, n) => {
      const found = await listed(`${edge}, language: "${language}"`);

      expect(found.ids).toEqual(await expected(edge, language));
      expect(found.ids).toHaveLength(n);
      expect(found.total).toBe(n);
      expect(found.calls).toBeLessThanOrEqual(3);
    },
  );

  it("serves a person's events of one kind in one Query: Kim's summits", async () => {
    table.calls.reset();
    const { data } = await query(
      `{ events(filter: { person: "${kim.id}", kind: SUMMIT }) { totalCount edges { node { slug kind } } } }`,
    );

    expect(data.events.edges.map((e: any) => e.node.slug)).toEqual([
      'summit-in-vladivostok-2019-04-25',
      'summit-in-hanoi-2019-02-27',
    ]);
    expect(data.events.totalCount).toBe(2);
    expect(table.calls.calls.length).toBeLessThanOrEqual(3);
  });

  it.each(['section: "world", language: "en"', 'person: "kim-jong-un", event: "summit-in-hanoi-2019-02-27"'])(
    'refuses %s as BAD_USER_INPUT naming the combinations it serves',
    async (filter) => {
      const { errors } = await query(`{ articles(filter: { ${filter} }) { edges { cursor } } }`);

      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(/person \+ language, event \+ language, subject \+ language/);
    },
  );
});

// Last in the file: it writes articles the other tests do not expect.
describe('people by mention count', () => {
  it('lists the mentioned people, most mentioned first, the same people the name order lists', async () => {
    const byCount = await query(
      '{ people(first: 100, orderBy: MENTIONS) { totalCount edges { node { name mentionCount } } } }',
    );
    const byName = await query('{ people(first: 100) { totalCount edges { node { name } } } }');

    const counted = byCount.data.people.edges.map((e: any) => e.node);
    const counts = counted.map((p: any) => p.mentionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.every((n: number) => n > 0)).toBe(true);
    // Kim is named by the seed, the summit coverage and two of the economy articles: more than anyone.
    expect(counted[0]).toMatchObject({ name: kim.name });
    expect(counted[0].mentionCount).toBeGreaterThan(counted.at(-1).mentionCount);
    expect(counted.map((p: any) => p.name).sort()).toEqual(
      byName.data.people.edges.map((e: any) => e.node.name).sort(),
    );
    expect(byCount.data.people.totalCount).toBe(byName.data.people.totalCount);
  });

  it('moves a person up when an article mentioning them is written', async () => {
    const rank = async () =>
      (
        await query('{ people(first: 100, orderBy: MENTIONS) { edges { node { name mentionCount } } } }')
      ).data.people.edges.map((e: any) => e.node);
    const before = await rank();
    const putinBefore = before.find((p: any) => p.name === putin.name);

    for (const i of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
      await table.articles.saveArticle(
        makeArticle({ id: `putin-${i}`, publishedAt: `2025-04-0${i}T12:00:00.000Z`, people: mentioning(putin) }),
      );
    const after = await rank();

    expect(after.find((p: any) => p.name === putin.name).mentionCount).toBe(putinBefore.mentionCount + 10);
    expect(after[0]).toMatchObject({ name: putin.name });
  });

  it('gives a person counted before rank items existed their rank at their next save', async () => {
    const names = async () =>
      (await query('{ people(first: 100, orderBy: MENTIONS) { edges { node { name } } } }')).data.people.edges.map(
        (e: any) => e.node.name,
      );
    await table.client.send(new DeleteCommand({ TableName: table.tableName, Key: personRankKey(trump.id) }));
    const without = await names();

    const stored = (await table.entities.getMany([{ type: 'Person', id: trump.id }])).get(
      `Person:${trump.id}`,
    ) as Person;
    await table.people.savePerson(stored);

    expect(without).not.toContain(trump.name);
    expect(await names()).toContain(trump.name);
  });

  it('refuses the order where no key serves it, naming what is served', async () => {
    const participants = await query(
      '{ event(slug: "summit-in-vladivostok-2019-04-25") { participants(orderBy: MENTIONS) { edges { cursor } } } }',
    );
    const search = await query('{ people(filter: { nameStartsWith: "K" }, orderBy: MENTIONS) { edges { cursor } } }');

    expect(participants.errors?.[0]).toMatchObject({
      message: "orderBy: an event's participants are ordered by name (NAME or NAME_DESC), not MENTIONS",
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(search.errors?.[0]).toMatchObject({
      message: 'orderBy: MENTIONS cannot be combined with filter.nameStartsWith (a name search is ordered by name)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
