import { gunzipSync } from 'node:zlib';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpApiEvent, postGraphQL } from '../support/events.js';
import { createSampleTable } from '../support/sample-table.js';
import type { TestTable } from '../support/test-table.js';

let table: TestTable;
let handler: typeof import('../../src/handlers/graphql.js').handler;

beforeAll(async () => {
  table = await createSampleTable('handler');
  // The handler module reads its configuration when loaded, as on a Lambda cold start.
  process.env.TABLE_NAME = table.tableName;
  process.env.DYNAMODB_ENDPOINT = table.endpoint;
  ({ handler } = await import('../../src/handlers/graphql.js'));
});
afterAll(() => table.drop());

const json = (result: APIGatewayProxyStructuredResultV2) => JSON.parse(result.body ?? '') as Record<string, any>;

describe('GraphQL Lambda handler', () => {
  it('answers a POST JSON query with the seed article and its Spanish translation', async () => {
    const result = await handler(httpApiEvent('post-json'));

    expect(result.statusCode).toBe(200);
    expect(json(result).data.articles.edges).toEqual([
      {
        node: {
          headline: 'North Korea wants to crash bilateral ties with Russia',
          translations: [{ language: 'es', headline: 'Corea del Norte desea estrellar lazos bilaterales con Rusia' }],
        },
      },
    ]);
  });

  it('answers a GET with the query in the query string', async () => {
    const result = await handler(httpApiEvent('get-query'));

    expect(result.statusCode).toBe(200);
    expect(json(result).data.articles.edges[0].node).toEqual({
      headline: 'North Korea wants to crash bilateral ties with Russia',
      dateline: 'Saturday, November 16',
    });
  });

  it('decodes a base64-encoded body', async () => {
    const event = httpApiEvent('post-json', (e) => {
      e.body = Buffer.from(
        JSON.stringify({ query: '{ articles(first: 1) { edges { node { language } } } }' }),
      ).toString('base64');
      e.isBase64Encoded = true;
    });

    const result = await handler(event);

    expect(json(result).data.articles.edges[0].node.language).toBe('en');
  });

  it('answers a malformed JSON body with 400', async () => {
    const result = await handler(httpApiEvent('post-json', (e) => void (e.body = '{"query": "{ articles')));

    expect(result.statusCode).toBe(400);
    expect(json(result).errors[0].message).toBe('the request body is not valid JSON');
    expect(json(result).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('finds an article by its Spanish slug and serves it in Spanish, the body falling back to English', async () => {
    const result = await handler(
      postGraphQL({
        query:
          '{ article(slug: "corea-del-norte-desea-estrellar-lazos-bilaterales-con-rusia") { headline servedLanguage bodyLanguage photo { credit } } }',
      }),
    );

    expect(json(result).data.article).toMatchObject({
      headline: 'Corea del Norte desea estrellar lazos bilaterales con Rusia',
      servedLanguage: 'es',
      bodyLanguage: 'en',
    });
    expect(json(result).data.article.photo.credit).toMatch(/^KOREAN CENTRAL NEWS AGENCY/);
  });

  it('finds an article by its global id, and through node(id)', async () => {
    const list = json(await handler(postGraphQL({ query: '{ articles { edges { node { id } } } }' })));
    const id = list.data.articles.edges[0].node.id as string;

    const byId = json(
      await handler(
        postGraphQL({
          query: 'query($id: ID!) { article(id: $id) { slug } node(id: $id) { ... on Article { language } } }',
          variables: { id },
        }),
      ),
    );

    expect(byId.data).toEqual({
      article: { slug: 'north-korea-wants-to-crash-bilateral-ties-with-russia' },
      node: { language: 'en' },
    });
  });

  it('reports a missing article as NOT_FOUND', async () => {
    const result = json(await handler(postGraphQL({ query: '{ article(slug: "no-such-article") { headline } }' })));

    expect(result.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(result.errors[0].message).toBe('no article with slug "no-such-article"');
  });

  it('rejects a page size over 100 as BAD_USER_INPUT instead of truncating', async () => {
    const response = await handler(postGraphQL({ query: '{ articles(first: 101) { edges { cursor } } }' }));
    const result = json(response);

    // A literal is refused at validation (400, nothing executed); a variable at execution (data null).
    expect(response.statusCode).toBe(400);
    expect(result.errors[0]).toMatchObject({
      message: 'first must be between 1 and 100, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const viaVariable = json(
      await handler(
        postGraphQL({ query: 'query($n: Int) { articles(first: $n) { edges { cursor } } }', variables: { n: 101 } }),
      ),
    );
    expect(viaVariable.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(viaVariable.data).toBeNull();
  });

  it("answers GraphiQL's default query with the seed article, its translation, people and events", async () => {
    const { DEFAULT_QUERY } = await import('../../src/graphql/default-query.js');

    const result = json(await handler(postGraphQL({ query: DEFAULT_QUERY })));

    const [first] = result.data.articles.edges;
    expect(first.node.headline).toBe('North Korea wants to crash bilateral ties with Russia');
    expect(first.node.translations).toEqual([
      { language: 'es', headline: 'Corea del Norte desea estrellar lazos bilaterales con Rusia', kind: 'UNKNOWN' },
    ]);
    expect(first.node.people.map((p: { name: string }) => p.name)).toEqual([
      'Kim Jong-un',
      'Vladimir Putin',
      'Donald Trump',
    ]);
    expect(first.node.events.map((e: { name: string }) => e.name)).toEqual(
      expect.arrayContaining(['Summit in Vladivostok', 'Summit in Hanoi']),
    );
  });

  it('serves GraphiQL as a small page opening on the sample query', async () => {
    const result = await handler(
      httpApiEvent('get-query', (e) => {
        e.rawQueryString = '';
        e.headers.accept = 'text/html';
      }),
    );

    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('renderYogaGraphiQL');
    expect(result.body).toContain('articles(first: 5)');
    expect(result.body).not.toMatch(/(src|href)="https?:/);
    expect((result.body ?? '').length).toBeLessThan(10_000);
  });

  it("serves GraphiQL code gzipped and base64-encoded, within Lambda's 6 MB", async () => {
    const result = await handler(
      httpApiEvent('get-query', (e) => {
        e.rawPath = '/graphiql/app.js';
        e.rawQueryString = '';
        e.headers['accept-encoding'] = 'gzip, br';
      }),
    );

    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(true);
    expect(result.headers?.['content-encoding']).toBe('gzip');
    expect(JSON.stringify(result).length).toBeLessThan(6 * 1024 * 1024);
    expect(gunzipSync(Buffer.from(result.body ?? '', 'base64')).toString('utf8')).toContain('YogaGraphiQL');
  });
});
