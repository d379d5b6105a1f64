import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLHandler } from '../../src/http/graphql-handler.js';
import { importInputs } from '../../src/importers/importer.js';
import { persistedOperationKey } from '../../src/storage/keys.js';
import { fixtureInput } from '../support/fixtures.js';
import { bodyOf, handlerClient } from '../support/handler-client.js';
import { captureLogs } from '../support/log-capture.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

/** One test per defect of the second hardening round (issue 14); each failed on the code before it. */
const OPERATOR_KEY = 'operator-key-second-round-0123';
const SLUG = 'north-korea-wants-to-crash-bilateral-ties-with-russia';
const settings = {
  graphiql: true,
  introspection: true,
  production: false,
  corsOrigins: ['https://app.example.com'],
  cacheMaxAge: 60,
  cacheStaleWhileRevalidate: 300,
};
const prodSettings = { ...settings, graphiql: false, introspection: false, production: true, corsOrigins: [] };
let table: TestTable;
let dev: ReturnType<typeof createGraphQLHandler>;
let prod: ReturnType<typeof createGraphQLHandler>;
const devClient = handlerClient(() => dev);
const prodClient = handlerClient(() => prod);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const apq = (query: string) => JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });

beforeAll(async () => {
  table = await createTestTable('round2');
  await importInputs(table, [fixtureInput('seed/north-korea-russia-ties.txt')], { source: 'test' });
  dev = createGraphQLHandler(table, settings, async () => OPERATOR_KEY);
  prod = createGraphQLHandler(table, prodSettings, async () => OPERATOR_KEY);
});
afterAll(() => table.drop());

const articleId = async () =>
  bodyOf(await devClient.post({ query: `{ article(slug: "${SLUG}") { id } }` })).data.article.id as string;

describe('cost is priced on what executes', () => {
  it('refuses nodes(ids:) with more than 100 ids before reading anything', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `"QXJ0aWNsZTp4${i}"`).join(', ');
    table.calls.reset();

    const result = await devClient.post({ query: `{ nodes(ids: [${ids}]) { id } }` });

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bodyOf(result).errors?.[0]?.message).toBe('nodes: at most 100 ids, got 101');
    expect(table.calls.calls).toEqual([]);
  });

  it('refuses 101 ids sent as a variable, before execution', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `QXJ0aWNsZTp4${i}`);
    table.calls.reset();

    const result = await devClient.post({
      query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids },
    });

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors?.[0]?.message).toBe('nodes: at most 100 ids, got 101');
    expect(table.calls.calls).toEqual([]);
  });

  it('prices nodes(ids:) per id: 100 ids each with a 100-article list is too costly', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => `"UGVyc29uOng${i}"`).join(', ');

    const result = await devClient.post({
      query: `{ nodes(ids: [${ids}]) { ... on Person { articles(first: 100) { edges { node { id headline } } } } } }`,
    });

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('prices a page size sent as a variable at the value sent, not the declared default', async () => {
    // 20 articles, not 100: each person's articles is a Query of its own, and 500 of them are refused at any n.
    const query =
      'query($n: Int = 1) { articles(first: 20) { edges { node { people { articles(first: $n) { edges { node { id headline } } } } } } } }';
    table.calls.reset();

    const cheap = await devClient.post({ query, variables: { n: 1 } });
    const costly = await devClient.post({ query, variables: { n: 100 } });

    expect(cheap.statusCode).toBe(200);
    expect(costly.statusCode).toBe(400);
    expect(bodyOf(costly).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it("takes a variable's default from its own operation, not another one's", async () => {
    const query = `query Cheap($n: Int = 1) { articles(first: $n) { edges { cursor } } }
      query Costly($n: Int = 100) { articles(first: 100) { edges { node { people { articles(first: $n) { edges { node { id headline } } } } } } } }`;

    const result = await devClient.post({ query, operationName: 'Costly' });

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('clamps a negative default, so it cannot offset the cost of the rest', async () => {
    const heavy =
      'articles(first: 100) { edges { node { people { name aliases description } relatedArticles { headline slug summary } events { name kind } } } }';
    const query = `query($n: Int = -100) { ${heavy} people(first: 100) { edges { node { articles(first: $n) { edges { node { headline id } } } } } } }`;

    const result = await devClient.post({ query });

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('still answers a variable page size within the limits', async () => {
    const result = await devClient.post({
      query: 'query($n: Int) { articles(first: $n) { edges { node { headline } } } }',
      variables: { n: 100 },
    });

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).data.articles.edges).toHaveLength(1);
  });
});

describe('automatic persisted queries store only what would run', () => {
  const stored = async (query: string) =>
    (await table.client.send(new GetCommand({ TableName: table.tableName, Key: persistedOperationKey(sha256(query)) })))
      .Item;

  it('does not store a query with a syntax error', async () => {
    const query = '{ articles { edges ';

    const result = await devClient.get({ query, extensions: apq(query) });

    expect(bodyOf(result).errors?.[0]?.message).toMatch(/^Syntax Error/);
    expect(await stored(query)).toBeUndefined();
  });

  it('does not store a query over a limit', async () => {
    const query = `{ articles { edges { node { ${'relatedArticles { '.repeat(10)}id${' }'.repeat(10)} } } } }`;

    const result = await devClient.post({ query, extensions: JSON.parse(apq(query)) });

    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(await stored(query)).toBeUndefined();
  });

  it('stores a valid query with an expiry, and serves it by hash', async () => {
    const query = '{ articles(first: 1) { edges { node { headline } } } }';

    await devClient.post({ query, extensions: JSON.parse(apq(query)) });
    const item = await stored(query);
    const byHash = await devClient.get({ extensions: apq(query) });

    expect(item?.query).toBe(query);
    expect(Number(item?.expiresAt)).toBeGreaterThan(Date.now() / 1000 + 86_400);
    expect(bodyOf(byHash).data.articles.edges).toHaveLength(1);
  });

  it('answers a non-string query with a hash as a client error', async () => {
    const result = await devClient.post({ query: { a: 1 }, extensions: JSON.parse(apq('{ __typename }')) });

    expect(result.statusCode).toBe(400);
  });
});

describe('CORS and caching', () => {
  it('varies a cacheable answer on Origin when CORS is configured', async () => {
    const withOrigin = await devClient.get({ query: '{ __typename }' }, { origin: 'https://app.example.com' });
    const without = await devClient.get({ query: '{ __typename }' });

    expect(withOrigin.headers?.vary).toMatch(/\bOrigin\b/i);
    expect(without.headers?.vary).toMatch(/\bOrigin\b/i);
    expect(withOrigin.headers?.['access-control-allow-origin']).toBe('https://app.example.com');
  });
});

describe('browser preflights', () => {
  it('answers an OPTIONS preflight from an allowed origin with the CORS headers', async () => {
    const result = await dev(
      (await import('../support/events.js')).httpApiEvent('get-query', (event) => {
        event.requestContext.http.method = 'OPTIONS';
        event.rawQueryString = '';
        Object.assign(event.headers, {
          origin: 'https://app.example.com',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        });
      }),
    );

    expect(result.statusCode).toBe(204);
    expect(result.headers?.['access-control-allow-origin']).toBe('https://app.example.com');
    expect(result.headers?.['access-control-allow-methods']).toMatch(/POST/);
  });
});

describe('client mistakes are 4xx with a code, never a 500', () => {
  it('refuses a list nested 2,000 deep before the parser recurses', async () => {
    const query = `{ nodes(ids: ${'['.repeat(2000)}"x"${']'.repeat(2000)}) { id } }`;

    const result = await devClient.post({ query });

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it.each([
    ['variables', { query: '{ __typename }', variables: '{"n":' }],
    ['extensions', { query: '{ __typename }', extensions: '{not json' }],
  ])('answers GET with malformed %s JSON with 400', async (_, params) => {
    const result = await devClient.get(params);

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it.each([
    ['an article slug', `{ article(slug: "${'s'.repeat(3000)}") { id } }`],
    ['a person slug', `{ person(slug: "${'s'.repeat(3000)}") { id } }`],
    ['a person name', `{ person(name: "${'s'.repeat(3000)}") { id } }`],
    ['an event slug', `{ event(slug: "${'s'.repeat(3000)}") { id } }`],
    ['a filter id', `{ articles(filter: { person: "${'s'.repeat(3000)}" }) { edges { cursor } } }`],
  ])('answers an oversized %s with BAD_USER_INPUT and a bounded message', async (_, query) => {
    const result = await devClient.post({ query });

    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bodyOf(result).errors?.[0]?.message.length).toBeLessThan(200);
  });

  it('answers a node id that is too long as not found', async () => {
    const id = Buffer.from(`Article:${'x'.repeat(3000)}`).toString('base64');

    const result = await devClient.post({ query: `{ node(id: "${id}") { id } }` });

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).data.node).toBeNull();
  });

  it('answers a malformed Host header', async () => {
    const result = await devClient.post({ query: '{ __typename }' }, { host: 'bad host:x:y/[' }, (event) => {
      event.headers.origin = 'https://app.example.com'; // takes the full path
    });

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).data.__typename).toBe('Query');
  });
});

describe('nothing is reflected or disclosed', () => {
  it('does not echo an invalid JSON body', async () => {
    const body = `{"query": "${'secret'.repeat(200)}`;

    const result = await devClient.post(body);

    expect(result.statusCode).toBe(400);
    expect(result.body).not.toContain('secretsecret');
  });

  it("does not state the byte limit in prod's 413", async () => {
    const result = await prodClient.post({ query: `{ article(slug: "${'x'.repeat(200 * 1024)}") { id } }` });

    expect(result.statusCode).toBe(413);
    expect(result.body).not.toMatch(/\d{3,}/);
  });

  it('bounds the argument a NOT_FOUND message quotes', async () => {
    const result = await devClient.post({ query: `{ article(slug: "${'y'.repeat(250)}") { id } }` });

    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(bodyOf(result).errors?.[0]?.message.length).toBeLessThan(120);
  });

  it('gives no "Did you mean" hints in variable errors on prod', async () => {
    const enumValue = await prodClient.post({
      query: 'query($k: EventKind) { events(filter: { kind: $k }) { edges { cursor } } }',
      variables: { k: 'SUMIT' },
    });
    const field = await prodClient.post({
      query: 'query($f: ArticleFilter) { articles(filter: $f) { edges { cursor } } }',
      variables: { f: { persn: 'x' } },
    });

    expect(enumValue.statusCode).toBe(400);
    expect(JSON.stringify(bodyOf(enumValue))).not.toMatch(/Did you mean/);
    expect(field.statusCode).toBe(400);
    expect(JSON.stringify(bodyOf(field))).not.toMatch(/Did you mean/);
  });
});

describe('the same node twice in one query', () => {
  it('resolves both fields', async () => {
    const id = await articleId();

    const result = await devClient.post({
      query: `{ a: node(id: "${id}") { id } b: node(id: "${id}") { id ... on Article { headline } } }`,
    });

    expect(bodyOf(result).errors).toBeUndefined();
    expect(bodyOf(result).data.a.id).toBe(id);
    expect(bodyOf(result).data.b.id).toBe(id);
  });
});

describe('logging', () => {
  it('logs client errors at INFO without the user text beyond a bounded excerpt', async () => {
    const logs = captureLogs();
    try {
      await devClient.post({ query: `{ article(slug: "${'z'.repeat(500)}") { id } }` });
      await devClient.post({ query: '{ articlez }' });
    } finally {
      logs.stop();
    }

    expect(logs.entries.filter((e) => e.level === 'ERROR')).toEqual([]);
    expect(logs.entries.some((e) => e.level === 'INFO' && /client error/.test(String(e.message)))).toBe(true);
    expect(JSON.stringify(logs.entries)).not.toContain('z'.repeat(100));
  });

  it('logs an unexpected error once per request, with that request id', async () => {
    const broken = createGraphQLHandler({ ...table, entities: brokenReader() }, settings, async () => OPERATOR_KEY);
    const query = { query: `{ node(id: "${await articleId()}") { id } }` };
    const logs = captureLogs();
    try {
      for (const id of ['request-one', 'request-two'])
        await handlerClient(() => broken).post(query, {}, (event) => {
          event.requestContext.requestId = id;
        });
    } finally {
      logs.stop();
    }

    const errors = logs.entries.filter((e) => e.level === 'ERROR');
    expect(errors.map((e) => e.requestId)).toEqual(['request-one', 'request-two']);
  });
});

function brokenReader() {
  return { getMany: async () => Promise.reject(new Error('the table is on fire')) };
}

describe('persisted-query misses on the direct path', () => {
  it('reads the store once per miss', async () => {
    const query = '{ people(first: 3) { edges { node { name } } } }';
    table.calls.reset();

    const result = await devClient.get({ extensions: apq(query) });

    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(table.calls.calls.filter((c) => c === 'GetItem')).toHaveLength(1);
  });
});

describe('a stage that serves trusted documents only', () => {
  const known = '{ articles(first: 1) { edges { node { headline } } } }';
  const trustedHandler = () =>
    createGraphQLHandler(
      { ...table, trustedDocuments: new Map([[sha256(known), known]]) },
      prodSettings,
      async () => OPERATOR_KEY,
    );

  it('runs a known document by its hash', async () => {
    const result = await handlerClient(trustedHandler).get({ extensions: apq(known) });

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).data.articles.edges).toHaveLength(1);
  });

  it.each([
    ['query text', { query: known }],
    ['an unknown hash', { extensions: apq('{ __typename }') }],
    ['query text with its hash', { query: '{ __typename }', extensions: apq('{ __typename }') }],
  ])('refuses %s', async (_, params) => {
    const result = await handlerClient(trustedHandler).get(params);

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
  });
});
