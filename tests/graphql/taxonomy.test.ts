import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from '../support/graphql-client.js';
import { makeArticle } from '../support/factories.js';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { linkTo, makeTerm } from '../support/terms.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;

const economy = makeTerm('Subject', 'economy, business and finance', {
  code: 'medtop:04000000',
  scheme: 'http://cv.iptc.org/newscodes/mediatopic/',
  names: [
    { language: 'en', name: 'economy, business and finance' },
    { language: 'es', name: 'economía, negocios y finanzas' },
  ],
});
const world = makeTerm('Section', 'World news', { code: 'world', scheme: 'guardian:section' });
const un = makeTerm('Organisation', 'United Nations');
const seoul = makeTerm('Place', 'Seoul');
const first = makeArticle({ id: 'tax-1', terms: [linkTo(economy), linkTo(world), linkTo(un)] });
const second = makeArticle({ id: 'tax-2', terms: [linkTo(economy), linkTo(seoul)] });
const unfiled = makeArticle({ id: 'tax-3' });

beforeAll(async () => {
  table = await createTestTable('taxonomy');
  for (const term of [economy, world, un, seoul]) await table.terms.saveTerm(term);
  for (const document of [first, second, unfiled]) await table.articles.saveArticle(document);
  query = graphqlClient(table);
}, 60_000);
afterAll(() => table.drop());

describe('taxonomy terms', () => {
  it('finds a subject by slug with its scheme, code and name in the requested language', async () => {
    const { data } = await query(
      '{ subject(slug: "medtop-04000000", locale: ["es"]) { slug name scheme code names { language name } } }',
    );

    expect(data.subject).toEqual({
      slug: 'medtop-04000000',
      name: 'economía, negocios y finanzas',
      scheme: 'http://cv.iptc.org/newscodes/mediatopic/',
      code: 'medtop:04000000',
      names: economy.names,
    });
  });

  it("lists a subject's articles newest first, only those filed under it", async () => {
    const { data } = await query(
      '{ subject(slug: "medtop-04000000") { articles(first: 10) { edges { node { id } } } } }',
    );

    expect(data.subject.articles.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      encodeGlobalID('Article', 'tax-2'),
      encodeGlobalID('Article', 'tax-1'),
    ]);
  });

  it('filters articles by section, organisation and place slugs and by a global ID', async () => {
    const ids = async (filter: string) => {
      const { data } = await query(`{ articles(filter: ${filter}) { edges { node { id } } } }`);
      return data.articles.edges.map((e: { node: { id: string } }) => e.node.id);
    };

    expect(await ids('{ section: "world" }')).toEqual([encodeGlobalID('Article', 'tax-1')]);
    expect(await ids('{ organisation: "united-nations" }')).toEqual([encodeGlobalID('Article', 'tax-1')]);
    expect(await ids('{ place: "seoul" }')).toEqual([encodeGlobalID('Article', 'tax-2')]);
    expect(await ids(`{ subject: "${encodeGlobalID('Subject', economy.id)}" }`)).toHaveLength(2);
  });

  it("serves an article's taxonomy as entities, in one batch read", async () => {
    table.calls.reset();
    const { data } = await query(
      `{ article(id: "${encodeGlobalID('Article', 'tax-1')}") { taxonomy { subjects { code } sections { name } organisations { slug } places { slug } } } }`,
    );

    expect(data.article.taxonomy).toEqual({
      subjects: [{ code: 'medtop:04000000' }],
      sections: [{ name: 'World news' }],
      organisations: [{ slug: 'united-nations' }],
      places: [],
    });
    expect(table.calls.calls).toEqual(['BatchGetItem', 'BatchGetItem']);
  });

  it('reads a place through node(id:)', async () => {
    const id = encodeGlobalID('Place', 'seoul');

    const { data } = await query(`{ node(id: "${id}") { __typename id ... on Place { name } } }`);

    expect(data.node).toEqual({ __typename: 'Place', id, name: 'Seoul' });
  });

  it('answers NOT_FOUND naming the slug for an unknown section', async () => {
    const answer = await query('{ section(slug: "nowhere") { name } }');

    expect(answer.errors?.[0]?.message).toBe('no section with slug "nowhere"');
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses two taxonomy filters at once with BAD_USER_INPUT', async () => {
    const answer = await query('{ articles(filter: { subject: "x", place: "seoul" }) { edges { cursor } } }');

    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/at most one of subject, section, organisation, place and genre/);
  });

  it('drops a filing when a new version of the article no longer names the term', async () => {
    await table.articles.saveArticle({
      ...second,
      article: { ...second.article, version: 2, terms: [linkTo(economy)] },
    });

    const { data } = await query('{ place(slug: "seoul") { articles { edges { node { id } } } } }');

    expect(data.place.articles.edges).toEqual([]);
  });
});
