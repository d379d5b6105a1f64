import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient, type GraphQLAnswer } from '../support/graphql-client.js';
import { readme, readmeExamples } from '../support/readme.js';
import { createSampleTable } from '../support/sample-table.js';
import type { TestTable } from '../support/test-table.js';

/** The quick start's curl query. */
function curlQuery(): string {
  const body = /-d '(\{"query":.*\})'/.exec(readme())?.[1];
  return (JSON.parse(body ?? '{}') as { query?: string }).query ?? '';
}

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
const answers = new Map<string, GraphQLAnswer & { calls: number }>();

beforeAll(async () => {
  table = await createSampleTable('readme');
  query = graphqlClient(table, { webUrlTemplates: { es: 'https://news.example/es/{slug}' } });
  for (const example of readmeExamples()) {
    table.calls.reset();
    const answer = await query(example.query);
    answers.set(example.title, { ...answer, calls: table.calls.calls.length });
  }
}, 300_000);
afterAll(() => table.drop());

const answerTo = (title: string) => {
  const answer = [...answers].find(([key]) => key.startsWith(title))?.[1];
  if (!answer) throw new Error(`the README has no example titled "${title}…"`);
  return answer;
};

/** What each example's comment promises; a README example without a check here fails the suite. */
const promises: Record<string, (answer: GraphQLAnswer & { calls: number }) => Promise<void> | void> = {
  'Front page': async ({ data, calls }) => {
    expect(data.articles.edges).toHaveLength(20);
    expect(data.articles.pageInfo.hasNextPage).toBe(true);
    expect(data.articles.edges.some((edge: any) => edge.node.people.length && edge.node.events.length)).toBe(true);
    expect(calls).toBe(1);
    const front = readmeExamples().find((e) => e.title.startsWith('Front page'))!.query;
    table.calls.reset();
    const hundred = await query(front.replace('first: 20', 'first: 100'));
    expect(hundred.errors).toBeUndefined();
    // The sample's newest 100 articles name over 100 people and events, all from the articles' copies.
    expect(hundred.data.articles.edges.length).toBeGreaterThan(20);
    expect(table.calls.calls).toEqual(['Query']);
  },
  'Article page in Spanish': ({ data }) => {
    expect(data.article).toMatchObject({
      headline: 'Corea del Norte desea estrellar lazos bilaterales con Rusia',
      servedLanguage: 'es',
      bodyLanguage: 'en',
      webUrl: 'https://news.example/es/corea-del-norte-desea-estrellar-lazos-bilaterales-con-rusia',
    });
    expect(data.article.body[0]).toMatch(/^The North Korean leader/);
    expect(data.article.mentions.map((m: any) => m.person.name)).toContain('Kim Jong-un');
  },
  'Article page with its lead image': async ({ data }) => {
    const { data: all } = await query(
      '{ article(slug: "militarovning-i-jatteformat-halls-2023") { image { renditions { url width } } } }',
    );
    const preview = all.article.image.renditions.filter((r: any) => r.width === 1024).map((r: any) => r.url);
    expect(preview).toContain(data.article.image.url);
    expect(data.article.bodyBlocks.length).toBeGreaterThan(1);
    expect(data.article.bodyHtml).toMatch(/^<p>/);
  },
  'Person page': ({ data }) => {
    expect(data.person.name).toBe('Kim Jong-un');
    expect(data.person.events.edges.length).toBeGreaterThan(0);
    expect(data.person.articles.edges[0].node.headline).toBe('North Korea wants to crash bilateral ties with Russia');
  },
  'Summits with who took part': ({ data }) => {
    const bySlug = new Map(data.events.edges.map((edge: any) => [edge.node.slug, edge.node]));
    expect(bySlug.get('summit-in-vladivostok')).toMatchObject({
      start: null,
      dateUncertain: true,
      statedDate: 'April 1200',
      statedMonth: 4,
    });
    expect(bySlug.get('summit-in-hanoi')).toMatchObject({ statedDate: 'two months earlier', statedMonth: 2 });
    expect((bySlug.get('summit-in-hanoi') as any).participants.edges.length).toBe(2);
  },
  'Lists both ways with their size': async ({ data }) => {
    const { data: all } = await query(
      '{ articles(first: 100) { edges { node { publishedAt } } pageInfo { endCursor } } people(first: 100) { edges { node { name } } pageInfo { endCursor } } events(first: 100) { totalCount edges { node { start { value } } } } }',
    );
    // The sample content has more than one page (100) of articles and of people: the rest come after the cursor.
    const { data: rest } = await query(
      `{ articles(first: 100, after: "${all.articles.pageInfo.endCursor}") { edges { node { publishedAt } } }
         people(first: 100, after: "${all.people.pageInfo.endCursor}") { edges { node { name } } } }`,
    );
    const dates = [...all.articles.edges, ...rest.articles.edges].map((edge: any) => edge.node.publishedAt);
    const names = [...all.people.edges, ...rest.people.edges].map((edge: any) => edge.node.name);
    expect(data.oldest.totalCount).toBe(dates.length);
    expect(data.oldest.edges.map((edge: any) => edge.node.publishedAt)).toEqual(dates.reverse().slice(0, 5));
    expect(data.oldest.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
    expect(data.people.totalCount).toBe(names.length);
    expect(data.people.edges.map((edge: any) => edge.node.name)).toEqual(names.slice(-3));
    expect(data.people.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(data.events.totalCount).toBe(all.events.edges.length);
    expect(data.events.edges).toHaveLength(3);
  },
  'Combined filters, one Query each': ({ data, calls }) => {
    expect(data.articles.edges.map((edge: any) => edge.node.headline)).toContain(
      'North Korea wants to crash bilateral ties with Russia',
    );
    expect(data.articles.totalCount).toBe(data.articles.edges.length);
    expect(data.events.edges.map((edge: any) => edge.node.slug).sort()).toEqual([
      'summit-in-hanoi',
      'summit-in-vladivostok',
    ]);
    expect(data.events.totalCount).toBe(2);
    expect(calls).toBeLessThanOrEqual(5);
  },
  'Filters: articles about a person': ({ data }) => {
    expect(data.articles.edges.map((edge: any) => edge.node.headline)).toEqual([
      'North Korea wants to crash bilateral ties with Russia',
    ]);
  },
};

describe('the README examples', () => {
  it('has a promise check for every example, and an example for every check', () => {
    const titles = readmeExamples().map((e) => e.title);

    expect(titles.map((title) => Object.keys(promises).find((key) => title.startsWith(key)))).not.toContain(undefined);
    expect(titles).toHaveLength(Object.keys(promises).length);
  });

  it.each(readmeExamples().map((e) => [e.title, e] as const))('answers "%s" without errors', (_, example) => {
    const answer = answerTo(example.title);

    expect(answer.errors).toBeUndefined();
    expect(Object.values(answer.data).every((value) => value !== null)).toBe(true);
  });

  it.each(Object.keys(promises))('keeps the promise of "%s"', async (title) => {
    await promises[title]?.(answerTo(title));
  });

  it("answers the quick start's curl query with articles and their translations", async () => {
    const { data, errors } = await query(curlQuery());

    expect(errors).toBeUndefined();
    expect(data.articles.edges).toHaveLength(5);
    expect(data.articles.edges[0].node.translations).toEqual([
      { language: 'es', headline: 'Corea del Norte desea estrellar lazos bilaterales con Rusia' },
    ]);
  });
});
