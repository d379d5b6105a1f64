import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '../../support/factories.js';
import { graphqlClient } from '../../support/graphql-client.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  table = await createTestTable('language-feeds');
  query = graphqlClient(table);
  await table.articles.saveArticle(makeArticle({ id: 'british', language: 'en-GB', spanish: false }));
  await table.articles.saveArticle(makeArticle({ id: 'plain-english', language: 'en', spanish: false }));
  await table.articles.saveArticle(makeArticle({ id: 'american', language: 'en-US', spanish: false }));
  await table.articles.saveArticle(makeArticle({ id: 'brazilian', language: 'pt-BR' })); // with a Spanish translation
});
afterAll(() => table.drop());

const ids = async (language: string) =>
  (await table.articles.listArticles({ language }, { first: 10 })).edges.map((edge) => edge.node.id).sort();

describe('language feeds', () => {
  it('lists every variant under the primary language', async () => {
    expect(await ids('en')).toEqual(['american', 'british', 'plain-english']);
    expect(await ids('pt')).toEqual(['brazilian']);
  });

  it('lists exactly one variant under its full tag, in any case', async () => {
    expect(await ids('en-GB')).toEqual(['british']);
    expect(await ids('EN-gb')).toEqual(['british']);
    expect(await ids('en-us')).toEqual(['american']);
  });

  it('counts translations as before', async () => {
    expect(await ids('es')).toEqual(['brazilian']);
  });

  it('drops the primary-language entry when the article stops being a variant', async () => {
    const document = makeArticle({ id: 'moved', language: 'de-AT', spanish: false });
    await table.articles.saveArticle(document);

    await table.articles.saveArticle({ ...document, article: { ...document.article, language: 'fr', version: 2 } });

    expect(await ids('de')).toEqual([]);
    expect(await ids('fr')).toEqual(['moved']);
  });

  it('refuses a filter that is not a language tag', async () => {
    const answer = await query('{ articles(filter: { language: "english please" }) { edges { cursor } } }');

    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
