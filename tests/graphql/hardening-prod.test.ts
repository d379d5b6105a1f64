import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, handlerClient } from '../support/handler-client.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
let handler: typeof import('../../src/handlers/graphql.js').handler;
const { post, get } = handlerClient(() => handler);

beforeAll(async () => {
  table = await createTestTable('prod');
  Object.assign(process.env, { TABLE_NAME: table.tableName, DYNAMODB_ENDPOINT: table.endpoint, STAGE: 'prod' });
  ({ handler } = await import('../../src/handlers/graphql.js'));
});
afterAll(() => table.drop());

describe('on the prod stage', () => {
  it('rejects over-limit queries without revealing the limit or the cost', async () => {
    const deep = await post({
      query: `{ articles { edges { node { ${'relatedArticles { '.repeat(10)}id${' }'.repeat(10)} } } } }`,
    });
    const costly = await post({
      query:
        '{ articles(first: 100) { edges { node { people { articles(first: 100) { edges { node { id } } } } } } } }',
    });

    expect(deep.statusCode).toBe(400);
    expect(bodyOf(deep).errors).toEqual([
      expect.objectContaining({ message: 'query is too deep', extensions: { code: 'QUERY_TOO_DEEP' } }),
    ]);
    expect(bodyOf(costly).errors?.[0]?.message).toBe('query is too costly');
    expect(JSON.stringify(bodyOf(costly))).not.toMatch(/\d{3,}/);
  });

  it('refuses introspection', async () => {
    const result = await post({ query: '{ __schema { types { name } } }' });

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('gives no "Did you mean" hints about the schema, also when the document is answered from the cache', async () => {
    const first = await post({ query: '{ articlez { edges { cursor } } }' });
    const again = await post({ query: '{ articlez { edges { cursor } } }' });

    expect(bodyOf(first).errors?.[0]?.message).toBe('Cannot query field "articlez" on type "Query".');
    expect(bodyOf(again)).toEqual(bodyOf(first));
  });

  it('refuses a cached over-limit document again on every request', async () => {
    const query = `{ articles { edges { node { ${'relatedArticles { '.repeat(10)}id${' }'.repeat(10)} } } } }`;
    const answers = [await post({ query }), await post({ query }), await post({ query })];

    expect(answers.map((a) => a.statusCode)).toEqual([400, 400, 400]);
    expect(answers.map((a) => bodyOf(a).errors?.[0]?.extensions?.code)).toEqual([
      'QUERY_TOO_DEEP',
      'QUERY_TOO_DEEP',
      'QUERY_TOO_DEEP',
    ]);
  });

  it('does not serve GraphiQL', async () => {
    const result = await get({}, { accept: 'text/html' });

    expect(result.body).not.toContain('renderYogaGraphiQL');
  });

  it('masks unexpected errors', async () => {
    await table.drop(); // the table vanishes under the running handler

    const broken = await post({ query: '{ articles { edges { cursor } } }' });
    table = await createTestTable('prod-again');

    expect(bodyOf(broken).errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(bodyOf(broken))).not.toMatch(/ResourceNotFound|dynamodb|stack/i);
  });
});
