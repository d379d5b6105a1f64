import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from '../support/graphql-client.js';
import { makeArticle, makePerson, mentioning } from '../support/factories.js';
import { loadNewsroom } from '../support/newsroom.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
let counter: TestTable['calls'];
let seedId: string;
// The oldest article, so no feed page below shows it: a short Spanish translation with a body.
const translated = makeArticle({ spanishBody: ['Hola.', 'Adiós.'], publishedAt: '2000-01-01T00:00:00.000Z' });

beforeAll(async () => {
  table = await createTestTable('budgets');
  const { seed } = await loadNewsroom(table, 120);
  // 60 newer articles naming five delegates each that no other article names: a front page of 100 names 303.
  for (let i = 0; i < 60; i++) {
    const delegates = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'].map((n) => makePerson(`Delegate ${i} ${n}`));
    await Promise.all(delegates.map((person) => table.people.savePerson(person)));
    const document = makeArticle({
      publishedAt: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
      people: mentioning(...delegates),
    });
    await table.articles.saveArticle({ ...document, article: { ...document.article, namesCanonical: true } });
  }
  await table.articles.saveArticle(translated);
  seedId = Buffer.from(`Article:${seed.article.id}`).toString('base64');
  query = graphqlClient(table);
  counter = table.calls;
}, 180_000);
afterAll(() => table.drop());

const ARTICLE_PAGE = `query($id: ID!) {
  article(id: $id) {
    headline body
    translations { language headline body }
    people { name description mentionCount }
    mentions { role person { name } }
    events { name kind start { value precision } place { name } }
    relatedArticles { headline publishedAt }
  }
}`;

const FRONT_PAGE = `query($first: Int!) {
  articles(first: $first) {
    edges { node { headline publishedAt translations { language headline } people { name } events { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const PERSON_PAGE = `query($first: Int!) {
  person(slug: "kim-jong-un") {
    name description mentionCount
    events(first: 10) { edges { node { name start { value } place { name } } } }
    articles(first: $first) { edges { node { headline publishedAt } } pageInfo { hasNextPage } }
  }
}`;

// The README's person page, by name, and the scale bench's event page.
const PERSON_BY_NAME = `query($first: Int!) {
  person(name: "kim jong un") {
    name aliases description mentionCount
    events(first: 10) { edges { node { name start { value } place { name } } } }
    articles(first: $first) { edges { node { headline publishedAt } } }
  }
}`;

const EVENT_PAGE = `query($first: Int!) {
  event(slug: "summit-in-vladivostok-2019-04-25") {
    name participantCount
    participants(first: $first) { edges { node { name } } }
    articles(first: $first) { edges { node { headline publishedAt } } pageInfo { hasNextPage } }
  }
}`;

const distinctNames = (edges: { node: { people: { name: string }[] } }[]) =>
  new Set(edges.flatMap((e) => e.node.people.map((p) => p.name))).size;

async function measured(source: string, variables: Record<string, unknown>) {
  counter.reset();
  const answer = await query(source, variables);
  return { answer, calls: [...counter.calls] };
}

describe('DynamoDB calls per page', () => {
  it('article page: article, translations, people, events and 5 related headlines in at most 3 calls', async () => {
    const { answer, calls } = await measured(ARTICLE_PAGE, { id: seedId });

    expect(answer.errors).toBeUndefined();
    expect(answer.data.article.people.map((p: { name: string }) => p.name)).toEqual([
      'Kim Jong-un',
      'Vladimir Putin',
      'Donald Trump',
    ]);
    expect(answer.data.article.events.map((e: { name: string }) => e.name)).toEqual([
      'Summit in Vladivostok',
      'Summit in Hanoi',
      'Liberation anniversary',
    ]);
    expect(answer.data.article.relatedArticles).toHaveLength(5);
    expect(calls.length).toBeLessThanOrEqual(3);
    expect(calls).toEqual(['BatchGetItem', 'BatchGetItem']);
  });

  it.each([[[]], [['es']]])(
    'article page with a translation and its body (locale %j): the article, then the translation',
    async (locale) => {
      const { answer, calls } = await measured(
        ARTICLE_PAGE.replace('$id: ID!)', '$id: ID!, $locale: [String!])').replace(
          'article(id: $id)',
          'article(id: $id, locale: $locale)',
        ),
        {
          id: Buffer.from(`Article:${translated.article.id}`).toString('base64'),
          locale,
        },
      );

      expect(answer.errors).toBeUndefined();
      expect(answer.data.article.translations).toEqual([
        { language: 'es', headline: translated.translations[0]?.headline, body: ['Hola.', 'Adiós.'] },
      ]);
      expect(answer.data.article.body).toEqual(locale.length ? ['Hola.', 'Adiós.'] : translated.article.body);
      expect(calls).toEqual(['BatchGetItem', 'BatchGetItem']);
    },
  );

  it.each([10, 20, 100])('front page of %i articles with their people and events in one call', async (first) => {
    const { answer, calls } = await measured(FRONT_PAGE, { first });

    expect(answer.errors).toBeUndefined();
    expect(answer.data.articles.edges).toHaveLength(first);
    expect(answer.data.articles.edges[0].node.people.map((p: { name: string }) => p.name)).toEqual(
      ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'].map((n) => `Delegate 59 ${n}`),
    );
    const events = answer.data.articles.edges.flatMap((e: { node: { events: { name: string }[] } }) => e.node.events);
    expect(new Set(events.map((e: { name: string }) => e.name))).toEqual(
      new Set(first === 100 ? ['Summit in Vladivostok', 'Summit in Hanoi', 'Liberation anniversary'] : []),
    );
    expect(distinctNames(answer.data.articles.edges)).toBe(first === 100 ? 303 : first * 5);
    // Names come from each article's copies of them (kept current by renames): the feed's one Query, whatever
    // the number of people on the page.
    expect(calls).toEqual(['Query']);
  });

  it('front page of 100 naming 303 distinct people, with their descriptions: the feed and a BatchGetItem per 100', async () => {
    const { answer, calls } = await measured(FRONT_PAGE.replace('people { name }', 'people { name description }'), {
      first: 100,
    });

    expect(answer.errors).toBeUndefined();
    expect(distinctNames(answer.data.articles.edges)).toBe(303);
    expect(answer.data.articles.edges.at(-1).node.people[0]).toEqual({
      name: 'Kim Jong-un',
      description: 'North Korean leader',
    });
    // A field the copies lack is read from the people: 303 people and 1 event, four BatchGetItems sent together.
    expect(calls).toEqual(['Query', 'BatchGetItem', 'BatchGetItem', 'BatchGetItem', 'BatchGetItem']);
  });

  it('a front page of articles stored before name copies: the names read from the people and events', async () => {
    const legacy = await createTestTable('budgets-legacy');
    try {
      const { seed } = await loadNewsroom(legacy);
      const { namesCanonical: _copies, ...before } = seed.article;
      await legacy.articles.saveArticle({ ...seed, article: { ...before, version: 2 } });
      legacy.calls.reset();
      const answer = await graphqlClient(legacy)(FRONT_PAGE, { first: 100 });

      expect(answer.errors).toBeUndefined();
      expect(answer.data.articles.edges).toHaveLength(1);
      expect(answer.data.articles.edges[0].node.people.map((p: { name: string }) => p.name)).toEqual([
        'Kim Jong-un',
        'Vladimir Putin',
        'Donald Trump',
      ]);
      expect(legacy.calls.calls).toEqual(['Query', 'BatchGetItem']);
    } finally {
      await legacy.drop();
    }
  });

  it.each([10, 20, 100])('person page with %i articles and the events in at most 3 calls', async (first) => {
    const { answer, calls } = await measured(PERSON_PAGE, { first });

    expect(answer.errors).toBeUndefined();
    expect(answer.data.person.events.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'Liberation anniversary',
      'Summit in Vladivostok',
      'Summit in Hanoi',
    ]);
    expect(answer.data.person.articles.edges).toHaveLength(first);
    expect(answer.data.person.mentionCount).toBe(121);
    // The mention edges carry their articles' summaries: no read of the articles.
    expect(calls).toEqual(['Query', 'Query']);
  });

  it.each([10, 100])(
    'person page by name with %i articles: the lookup, the person with events, the articles',
    async (first) => {
      const { answer, calls } = await measured(PERSON_BY_NAME, { first });

      expect(answer.errors).toBeUndefined();
      expect(answer.data.person.name).toBe('Kim Jong-un');
      expect(answer.data.person.aliases).toEqual(['Kim', 'Kim Jong Un']);
      expect(answer.data.person.events.edges).toHaveLength(3);
      expect(answer.data.person.articles.edges).toHaveLength(first);
      expect(answer.data.person.articles.edges[0].node.headline).toBe(
        'North Korea wants to crash bilateral ties with Russia',
      );
      expect(calls).toEqual(['Query', 'Query', 'Query']);
    },
  );

  it.each([10, 100])(
    'event page with %i participants and articles: the event with its participants, the articles, the people',
    async (first) => {
      const { answer, calls } = await measured(EVENT_PAGE, { first });

      expect(answer.errors).toBeUndefined();
      expect(answer.data.event.participantCount).toBe(2);
      expect(answer.data.event.participants.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
        'Kim Jong-un',
        'Vladimir Putin',
      ]);
      // The seed and every fourth of the 120 generated articles.
      expect(answer.data.event.articles.edges).toHaveLength(Math.min(first, 31));
      expect(answer.data.event.articles.pageInfo.hasNextPage).toBe(first < 31);
      expect(calls).toEqual(['Query', 'Query', 'BatchGetItem']);
    },
  );
});
