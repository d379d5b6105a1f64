import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { articleGlobalId } from '../../src/graphql/global-id.js';
import { importInputs } from '../../src/importers/importer.js';
import { articleKey } from '../../src/storage/keys.js';
import { makeArticle } from '../support/factories.js';
import { fixtureInput } from '../support/fixtures.js';
import { bodyOf, handlerClient } from '../support/handler-client.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

const OPERATOR_KEY = 'test-operator-key-0123456789';
let table: TestTable;
let handler: typeof import('../../src/handlers/graphql.js').handler;
const { post, get } = handlerClient(() => handler);

beforeAll(async () => {
  table = await createTestTable('hardening');
  await importInputs(table, [fixtureInput('seed/north-korea-russia-ties.txt')], { source: 'test' });
  Object.assign(process.env, {
    TABLE_NAME: table.tableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    OPERATOR_API_KEY: OPERATOR_KEY,
    CORS_ORIGINS: 'https://app.example.com',
  });
  ({ handler } = await import('../../src/handlers/graphql.js'));
});
afterAll(() => table.drop());

const nested = (depth: number) =>
  `{ articles { edges { node { ${'relatedArticles { '.repeat(depth)}id${' }'.repeat(depth)} } } } }`;

describe('hostile queries get a 4xx with a code', () => {
  it.each([
    ['deep nesting', { query: nested(10) }, 400, 'QUERY_TOO_DEEP'],
    [
      'an alias flood of __typename',
      { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ')} }` },
      400,
      'TOO_MANY_ALIASES',
    ],
    ['a directive flood', { query: `{ __typename ${'@include(if: true) '.repeat(11)}}` }, 400, 'TOO_MANY_DIRECTIVES'],
    ['a field flood past the token limit', { query: `{ ${'a '.repeat(2100)}}` }, 400, 'TOO_MANY_TOKENS'],
    ['a parser recursion bomb', { query: `${'{ a '.repeat(5000)}${'}'.repeat(5000)}` }, 400, 'QUERY_TOO_LONG'],
    [
      'a page-size bomb',
      {
        query:
          '{ articles(first: 100) { edges { node { people { articles(first: 100) { edges { node { id } } } } } } } }',
      },
      400,
      'QUERY_TOO_COSTLY',
    ],
    [
      "a term list's articles under 100 articles",
      {
        query:
          '{ articles(first: 100) { edges { node { taxonomy { subjects { articles(first: 100) { totalCount } } } } } } }',
      },
      400,
      'QUERY_TOO_COSTLY',
    ],
    [
      'a page size over the maximum',
      { query: '{ articles(first: 1000000) { edges { cursor } } }' },
      400,
      'BAD_USER_INPUT',
    ],
    [
      'fragment cycles',
      { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' },
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a type-confused variable',
      { query: 'query($first: Int) { articles(first: $first) { edges { cursor } } }', variables: { first: 'ten' } },
      400,
      'BAD_USER_INPUT',
    ],
  ] as const)('%s', async (_, body, status, code) => {
    const result = await post(body);

    expect(result.statusCode).toBe(status);
    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe(code);
  });

  it("answers GraphiQL's full introspection query but refuses a recursive introspection bomb", async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const bomb = `{ __schema { types { ${'fields { type { '.repeat(8)}name${' } }'.repeat(8)} } } }`;

    const full = await post({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) });
    const recursive = await post({ query: bomb });

    expect(full.statusCode).toBe(200);
    expect(bodyOf(full).data.__schema.queryType.name).toBe('Query');
    expect(recursive.statusCode).toBe(400);
    expect(bodyOf(recursive).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses a 500-operation batch', async () => {
    const result = await post(Array.from({ length: 500 }, () => ({ query: '{ __typename }' })));

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors?.[0]?.message).toBe('Batching is not supported.');
  });

  it('refuses a 1 MB body before parsing it', async () => {
    const result = await post({ query: `{ article(slug: "${'x'.repeat(1024 * 1024)}") { id } }` });

    expect(result.statusCode).toBe(413);
    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('states the limit outside production', async () => {
    const result = await post({ query: nested(10) });

    expect(bodyOf(result).errors?.[0]?.message).toBe('query depth 14 exceeds the limit of 8');
  });

  it('still answers the front page at 100 articles', async () => {
    const result = await post({
      query:
        '{ articles(first: 100) { edges { node { headline publishedAt translations { language headline } people { name } events { name } } } } }',
    });

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).data.articles.edges).toHaveLength(1);
  });
});

describe('HTTP caching', () => {
  const query = '{ articles(first: 1) { edges { node { headline } } } }';

  it('makes a successful GET cacheable, with an ETag that answers 304', async () => {
    const first = await get({ query });
    const again = await get({ query }, { 'if-none-match': first.headers?.etag as string });

    expect(first.statusCode).toBe(200);
    expect(first.headers?.['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(first.headers?.etag).toMatch(/^"[\w-]{27}"$/);
    // CORS_ORIGINS is set in this file: a shared cache must keep answers apart by Origin.
    expect(first.headers?.vary).toBe('Accept, Accept-Language, Origin');
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('never caches POSTs, errors or operator answers', async () => {
    const viaPost = await post({ query });
    const error = await get({ query: '{ article(slug: "missing") { id } }' });
    const operator = await get({ query }, { 'x-api-key': OPERATOR_KEY });

    for (const result of [viaPost, error, operator]) expect(result.headers?.['cache-control']).toBe('no-store');
  });
  it('shows a client holding an ETag the corrected article on its next revalidation, and NOT_FOUND once it is gone', async () => {
    const document = makeArticle({ headline: 'Summit held in 1200' });
    await table.articles.saveArticle(document);
    const query = `{ article(id: "${articleGlobalId(document.article.id)}") { headline } }`;
    const cached = await get({ query });
    const etag = cached.headers?.etag as string;

    await table.articles.saveArticle({
      ...document,
      article: { ...document.article, version: 2, headline: 'Summit held in 2019' },
    });
    const corrected = await get({ query }, { 'if-none-match': etag });
    await table.client.send(new DeleteCommand({ TableName: table.tableName, Key: articleKey(document.article.id) }));
    const gone = await get({ query }, { 'if-none-match': corrected.headers?.etag as string });

    expect(cached.statusCode).toBe(200);
    expect(corrected.statusCode).toBe(200);
    expect(bodyOf(corrected).data.article.headline).toBe('Summit held in 2019');
    expect(corrected.headers?.etag).not.toBe(etag);
    expect(gone.statusCode).toBe(200);
    expect(bodyOf(gone).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(gone.headers?.['cache-control']).toBe('no-store');
  });
});

describe('automatic persisted operations', () => {
  const query = '{ articles(first: 1) { edges { node { slug } } } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });

  it('asks for the query once, then answers short cacheable GETs by hash', async () => {
    const unknown = await get({ extensions });
    const registered = await post({ query, extensions: JSON.parse(extensions) });
    const byHash = await get({ extensions });

    expect(bodyOf(unknown).errors?.[0]).toMatchObject({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
    expect(unknown.headers?.['cache-control']).toBe('no-store');
    expect(bodyOf(registered).data).toEqual(bodyOf(byHash).data);
    expect(bodyOf(byHash).data.articles.edges[0].node.slug).toBe(
      'north-korea-wants-to-crash-bilateral-ties-with-russia',
    );
    expect(byHash.headers?.['cache-control']).toMatch(/^public/);
  });

  it('refuses a query that does not match its hash', async () => {
    const result = await post({ query: '{ __typename }', extensions: JSON.parse(extensions) });

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
  });
});

describe('browsers', () => {
  it('sends CORS headers to a configured origin only', async () => {
    const allowed = await post({ query: '{ __typename }' }, { origin: 'https://app.example.com' });
    const other = await post({ query: '{ __typename }' }, { origin: 'https://evil.example.net' });

    expect(allowed.headers?.['access-control-allow-origin']).toBe('https://app.example.com');
    // yoga answers with the configured origin, which a browser on another site rejects.
    expect(other.headers?.['access-control-allow-origin']).not.toBe('https://evil.example.net');
  });

  it('refuses a form POST, which a browser could send cross-site without asking', async () => {
    const result = await post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' });

    expect(result.statusCode).toBe(415);
    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
