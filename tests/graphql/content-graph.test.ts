import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../src/domain/article.js';
import { graphqlClient } from '../support/graphql-client.js';
import { loadNewsroom } from '../support/newsroom.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
let seed: ArticleDocument;
let extra: ArticleDocument[];
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

beforeAll(async () => {
  table = await createTestTable('graph');
  ({ seed, articles: extra } = await loadNewsroom(table, 12));
  query = graphqlClient(table);
}, 120_000);
afterAll(() => table.drop());

describe('localization', () => {
  it('serves the Spanish headline for locale ["es", "en"], the body falling back to English', async () => {
    const { data } = await query(
      'query($id: ID!) { article(id: $id, locale: ["es", "en"]) { headline servedLanguage bodyLanguage availableLanguages body } }',
      { id: globalId('Article', seed.article.id) },
    );

    expect(data.article).toMatchObject({
      headline: 'Corea del Norte desea estrellar lazos bilaterales con Rusia',
      servedLanguage: 'es',
      bodyLanguage: 'en',
      availableLanguages: ['en', 'es'],
    });
    expect(data.article.body[0]).toMatch(/^The North Korean leader, Kim Jong-un/);
  });

  it('serves a Spanish body when the translation has one', async () => {
    const withBody = extra[0]!;
    await table.articles.saveArticle({
      article: {
        ...withBody.article,
        version: 2,
        translations: withBody.article.translations.map((t) => ({ ...t, hasBody: true })),
      },
      translations: withBody.translations.map((t) => ({ ...t, body: ['Cuerpo en español.'] })),
    });

    const { data } = await query('query($id: ID!) { article(id: $id, locale: ["es"]) { bodyLanguage body version } }', {
      id: globalId('Article', withBody.article.id),
    });

    expect(data.article).toEqual({ bodyLanguage: 'es', body: ['Cuerpo en español.'], version: 2 });
  });

  it('defaults to the Accept-Language header, and to the original language without one', async () => {
    const source = 'query($id: ID!) { article(id: $id) { servedLanguage headline } }';
    const id = globalId('Article', seed.article.id);

    const spanish = await query(source, { id }, { 'accept-language': 'fr-FR, es;q=0.8, en;q=0.5' });
    const plain = await query(source, { id });

    expect(spanish.data.article.servedLanguage).toBe('es');
    expect(plain.data.article).toEqual({
      servedLanguage: 'en',
      headline: 'North Korea wants to crash bilateral ties with Russia',
    });
  });

  it('matches a regional tag to its language and falls back to the original when nothing matches', async () => {
    const id = globalId('Article', seed.article.id);
    const mexican = await query('query($id: ID!) { article(id: $id, locale: ["es-MX"]) { servedLanguage } }', { id });
    const french = await query('query($id: ID!) { article(id: $id, locale: ["fr"]) { servedLanguage } }', { id });

    expect(mexican.data.article.servedLanguage).toBe('es');
    expect(french.data.article.servedLanguage).toBe('en');
  });

  it('carries the locale down into nested articles', async () => {
    const { data } = await query(
      '{ person(slug: "donald-trump", locale: ["es"]) { articles(first: 1) { edges { node { servedLanguage headline } } } } }',
    );

    expect(data.person.articles.edges[0].node.servedLanguage).toBe('es');
  });

  it('rejects a malformed locale with BAD_USER_INPUT', async () => {
    const { errors } = await query('{ articles(locale: ["not a tag"]) { edges { cursor } } }');

    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/is not a BCP 47 language tag/);
  });
});

describe('article lookups and lists', () => {
  it('leads from a translation back to its original', async () => {
    const { data } = await query(
      'query($id: ID!) { article(id: $id) { translations { language original { headline servedLanguage } } } }',
      { id: globalId('Article', seed.article.id) },
    );

    expect(data.article.translations).toEqual([
      {
        language: 'es',
        original: { headline: 'North Korea wants to crash bilateral ties with Russia', servedLanguage: 'en' },
      },
    ]);
  });

  it('keeps the role phrase the article gives a person', async () => {
    const { data } = await query('query($id: ID!) { article(id: $id) { mentions { role person { name } } } }', {
      id: globalId('Article', seed.article.id),
    });

    expect(data.article.mentions[0]).toEqual({ role: 'the North Korean leader', person: { name: 'Kim Jong-un' } });
  });

  it('ranks related articles by shared people and events, then recency', async () => {
    const { data } = await query('query($id: ID!) { article(id: $id) { relatedArticles { publishedAt } } }', {
      id: globalId('Article', seed.article.id),
    });

    // Shared with the seed: article 0 has Kim, Putin, Trump and the Vladivostok summit (4); 8 and 4 have
    // Kim, Putin and the summit, 6 has Kim, Putin and Trump (3 each); 10 has Kim and Putin (2). Ties: newest first.
    const expected = [0, 8, 6, 4, 10].map((i) => extra[i]!.article.publishedAt);
    expect(data.article.relatedArticles.map((a: { publishedAt: string }) => a.publishedAt)).toEqual(expected);
  });

  it('filters articles by person, newest first', async () => {
    const { data } = await query(
      '{ articles(filter: { person: "donald-trump" }, first: 10) { edges { node { headline } } } }',
    );

    const trumpArticles = extra
      .filter((_, i) => i % 3 === 0)
      .reverse()
      .map((d) => d.article.headline);
    expect(data.articles.edges.map((e: { node: { headline: string } }) => e.node.headline)).toEqual([
      seed.article.headline,
      ...trumpArticles,
    ]);
  });

  it('filters articles by event and by publication date range', async () => {
    const byEvent = await query(
      '{ articles(filter: { event: "summit-in-vladivostok-2019-04-25" }, first: 50) { edges { node { id } } } }',
    );
    const byDate = await query(
      '{ articles(filter: { publishedAfter: "2023-01-02T00:00:00Z", publishedBefore: "2023-01-04T00:00:00Z" }) { edges { node { publishedAt } } } }',
    );

    expect(byEvent.data.articles.edges).toHaveLength(1 + 3);
    expect(byDate.data.articles.edges.map((e: { node: { publishedAt: string } }) => e.node.publishedAt)).toEqual([
      '2023-01-04T00:00:00.000Z',
      '2023-01-03T00:00:00.000Z',
      '2023-01-02T00:00:00.000Z',
    ]);
  });

  it('filters by language, translations included', async () => {
    const spanish = await query('{ articles(filter: { language: "es" }, first: 100) { edges { node { id } } } }');
    const german = await query('{ articles(filter: { language: "de" }) { edges { node { id } } } }');

    expect(spanish.data.articles.edges).toHaveLength(13);
    expect(german.data.articles.edges).toEqual([]);
  });

  it('rejects a filter on both a person and an event', async () => {
    const { errors } = await query(
      '{ articles(filter: { person: "kim-jong-un", event: "summit-in-hanoi-2019-02-27" }) { edges { cursor } } }',
    );

    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the articles changed since an instant, oldest change first, and resumes after the last cursor', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const change = (document: ArticleDocument, headline: string) =>
      table.articles.saveArticle({
        ...document,
        article: {
          ...document.article,
          version: document.article.version + 1,
          headline,
          updatedAt: new Date().toISOString(),
        },
      });
    const poll = `query($since: DateTime!, $after: String) {
      articles(filter: { updatedSince: $since }, first: 10, after: $after) {
        edges { node { id headline } } pageInfo { hasNextPage endCursor } } }`;

    await change(extra[5]!, 'First change');
    const first = await query(poll, { since });
    await change(extra[6]!, 'Second change');
    const next = await query(poll, { since, after: first.data.articles.pageInfo.endCursor });

    expect(first.data.articles.edges.map((e: any) => e.node.headline)).toEqual(['First change']);
    expect(first.data.articles.pageInfo.hasNextPage).toBe(false);
    expect(next.data.articles.edges.map((e: any) => e.node)).toEqual([
      { id: globalId('Article', extra[6]!.article.id), headline: 'Second change' },
    ]);
  });

  it('pages with cursors without repeating or skipping an article', async () => {
    const first = await query('{ articles(first: 5) { edges { node { id } } pageInfo { hasNextPage endCursor } } }');
    const second = await query(
      'query($after: String) { articles(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }',
      { after: first.data.articles.pageInfo.endCursor },
    );

    const ids = [...first.data.articles.edges, ...second.data.articles.edges].map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(new Set(ids).size).toBe(13);
    expect(first.data.articles.pageInfo.hasNextPage).toBe(true);
    expect(second.data.articles.pageInfo.hasNextPage).toBe(false);
  });

  it.each(['articles', 'people', 'events'])(
    '%s: says there is a previous page on a page read after a cursor, and none on the first',
    async (field) => {
      const source = `query($after: String) { ${field}(first: 1, after: $after) { pageInfo { hasPreviousPage endCursor } } }`;

      const first = await query(source);
      const second = await query(source, { after: first.data[field].pageInfo.endCursor });

      expect(first.data[field].pageInfo.hasPreviousPage).toBe(false);
      expect(second.data[field].pageInfo.hasPreviousPage).toBe(true);
    },
  );

  it.each([0, -1, 101])('rejects first: %i on every connection', async (first) => {
    const answers = await Promise.all(
      ['articles', 'people', 'events'].map((field) =>
        query(`query($first: Int) { ${field}(first: $first) { edges { cursor } } }`, { first }),
      ),
    );

    for (const { errors } of answers) expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('people', () => {
  it.each(['kim jong un', 'KIM JONG-UN', 'Kim Jöng-un', 'Kim'])('finds Kim Jong-un by the name "%s"', async (name) => {
    const { data } = await query('query($name: String) { person(name: $name) { name description aliases } }', { name });

    expect(data.person).toEqual({
      name: 'Kim Jong-un',
      description: 'North Korean leader',
      aliases: ['Kim', 'Kim Jong Un'],
    });
  });

  it('counts mentions and keeps the count when an article drops a person', async () => {
    const before = await query('{ person(slug: "vladimir-putin") { mentionCount } }');
    const article = extra[2]!;
    await table.articles.saveArticle({
      ...article,
      article: {
        ...article.article,
        version: 2,
        people: article.article.people.filter((p) => p.personId !== 'vladimir-putin'),
      },
    });
    const after = await query('{ person(slug: "vladimir-putin") { mentionCount } }');

    expect(before.data.person.mentionCount).toBe(1 + 6);
    expect(after.data.person.mentionCount).toBe(1 + 5);
  });

  it('lists people by name and by name prefix', async () => {
    const all = await query('{ people { edges { node { name } } } }');
    const prefixed = await query('{ people(filter: { nameStartsWith: "vla" }) { edges { node { name } } } }');

    expect(all.data.people.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'Donald Trump',
      'Kim Jong-un',
      'Vladimir Putin',
    ]);
    expect(prefixed.data.people.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Vladimir Putin']);
  });

  it('reports an unknown person as NOT_FOUND', async () => {
    const { errors, data } = await query('{ person(name: "Nobody Special") { name } }');

    expect(errors?.[0]).toMatchObject({
      message: 'no person named "Nobody Special"',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(data).toBeNull();
  });
});

describe('events', () => {
  it('lists a year of events, latest first', async () => {
    const { data } = await query(
      '{ events(filter: { from: "2019", to: "2019" }) { edges { node { name start { value precision } place { name country } } } } }',
    );

    expect(data.events.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        name: 'Summit in Vladivostok',
        start: { value: '2019-04-25', precision: 'DAY' },
        place: { name: 'Vladivostok', country: 'RU' },
      },
      {
        name: 'Summit in Hanoi',
        start: { value: '2019-02-27', precision: 'DAY' },
        place: { name: 'Hanoi', country: 'VN' },
      },
    ]);
  });

  it('filters events by kind and by person', async () => {
    const anniversaries = await query('{ events(filter: { kind: ANNIVERSARY }) { edges { node { name } } } }');
    const putins = await query('{ events(filter: { person: "vladimir-putin" }) { edges { node { name } } } }');

    expect(anniversaries.data.events.edges).toEqual([{ node: { name: 'Liberation anniversary' } }]);
    expect(putins.data.events.edges).toEqual([{ node: { name: 'Summit in Vladivostok' } }]);
  });

  it('shows an event with participants, articles and related events', async () => {
    const { data } = await query(
      '{ event(slug: "summit-in-vladivostok-2019-04-25") { kind participantCount participants { edges { node { name } } } articles(first: 2) { edges { node { headline } } } relatedEvents { name } } }',
    );

    expect(data.event.kind).toBe('SUMMIT');
    expect(data.event.participantCount).toBe(2);
    expect(data.event.participants.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual([
      'Kim Jong-un',
      'Vladimir Putin',
    ]);
    expect(data.event.articles.edges).toHaveLength(2);
    expect(data.event.relatedEvents).toEqual([{ name: 'Summit in Hanoi' }, { name: 'Liberation anniversary' }]);
  });

  it('rejects a malformed date bound', async () => {
    const { errors } = await query('{ events(filter: { from: "April 2019" }) { edges { cursor } } }');

    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('Relay nodes', () => {
  it('fetches an article, a person and an event through nodes(ids)', async () => {
    const ids = [
      globalId('Article', seed.article.id),
      globalId('Person', 'kim-jong-un'),
      globalId('Event', 'summit-in-hanoi-2019-02-27'),
      globalId('Person', 'nobody'),
    ];

    const { data } = await query(
      'query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Article { language } ... on Person { name } ... on Event { name } } }',
      { ids },
    );

    expect(data.nodes).toEqual([
      { __typename: 'Article', language: 'en' },
      { __typename: 'Person', name: 'Kim Jong-un' },
      { __typename: 'Event', name: 'Summit in Hanoi' },
      null,
    ]);
  });
});
