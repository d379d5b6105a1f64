import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGraphQLHandler } from '../../src/http/graphql-handler.js';
import { importInputs } from '../../src/importers/importer.js';
import { httpApiEvent } from '../support/events.js';
import { fixtureInput } from '../support/fixtures.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

/**
 * The direct path (src/http/direct-path.ts) and its fast lane (src/http/fast-lane.ts) must answer exactly
 * as yoga's full Fetch path does: every request below goes to three handlers over one table (with the
 * fast lane, the direct path without it, yoga's full path), to the first twice (a text's second sight is
 * the fast lane's), and the answers must be equal: status, headers and body. Which path answered is
 * checked too: a Request built from the event means yoga's full path, a parse hook envelop's pipeline.
 */
// Counts the Fetch Requests built from events: only yoga's full path builds one.
const fullPath = vi.hoisted(() => ({ requests: 0 }));
vi.mock('../../src/http/api-gateway.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/http/api-gateway.js')>();
  return {
    ...actual,
    toRequest: (...args: Parameters<typeof actual.toRequest>) => ((fullPath.requests += 1), actual.toRequest(...args)),
  };
});

// Counts envelop's parse steps (useHardening's onParse runs on every request through envelop): the fast lane has none.
const envelopParses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/graphql/hardening.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/graphql/hardening.js')>();
  return {
    ...actual,
    useHardening: (...args: Parameters<typeof actual.useHardening>) => {
      const plugin = actual.useHardening(...args);
      const { onParse } = plugin;
      return { ...plugin, onParse: (payload: never) => ((envelopParses.count += 1), onParse?.(payload)) };
    },
  };
});

const OPERATOR_KEY = 'operator-key-for-direct-path-test';
const SLUG = 'north-korea-wants-to-crash-bilateral-ties-with-russia';
let table: TestTable;

type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
const settings = {
  graphiql: true,
  introspection: true,
  production: false,
  corsOrigins: ['https://app.example.com'],
  cacheMaxAge: 60,
  cacheStaleWhileRevalidate: 300,
};
const prodSettings = {
  graphiql: false,
  introspection: false,
  production: true,
  corsOrigins: [],
  cacheMaxAge: 60,
  cacheStaleWhileRevalidate: 300,
};
type Paths = { fast: Handler; direct: Handler; full: Handler };
let trios: Record<'dev' | 'prod' | 'trusted' | 'failing', Paths>;

const TRUSTED = `{ article(slug: "${SLUG}") { headline } }`;

beforeAll(async () => {
  table = await createTestTable('direct');
  await importInputs(table, [fixtureInput('seed/north-korea-russia-ties.txt')], { source: 'test' });
  const trio = (s: typeof settings, dependencies: Parameters<typeof createGraphQLHandler>[0] = table) => ({
    fast: createGraphQLHandler(dependencies, s, async () => OPERATOR_KEY),
    direct: createGraphQLHandler(dependencies, s, async () => OPERATOR_KEY, { fastLane: false }),
    full: createGraphQLHandler(dependencies, s, async () => OPERATOR_KEY, { directPath: false }),
  });
  const trustedDocuments = new Map([[createHash('sha256').update(TRUSTED).digest('hex'), TRUSTED]]);
  // Every article read fails as an unexpected storage error would: masked for the client.
  const articles = new Proxy(table.articles, {
    get: (target, name) =>
      typeof Reflect.get(target, name) === 'function'
        ? () => Promise.reject(new Error('disk on fire at articles'))
        : Reflect.get(target, name),
  });
  trios = {
    dev: trio(settings),
    prod: trio(prodSettings),
    trusted: trio(prodSettings, { ...table, trustedDocuments }),
    failing: trio(prodSettings, { ...table, articles }),
  };
});
afterAll(() => table.drop());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  httpApiEvent('post-json', (event) => {
    event.body = typeof body === 'string' ? body : JSON.stringify(body);
    Object.assign(event.headers, headers);
  });
const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
  httpApiEvent('get-query', (event) => {
    event.rawQueryString = new URLSearchParams(params).toString();
    Object.assign(event.headers, headers);
  });

const article = `{ article(slug: "${SLUG}") { headline people { name } translations { language headline } } }`;
const persisted = (query: string) => ({
  persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') },
});

const requests: [string, APIGatewayProxyEventV2][] = [
  ['a JSON POST query', post({ query: article })],
  ['a GET query', get({ query: article })],
  [
    'a GET query with variables and an operation name',
    get({
      query: 'query A($n: Int) { articles(first: $n) { edges { cursor } } } query B { __typename }',
      variables: '{"n":1}',
      operationName: 'A',
    }),
  ],
  [
    'a POST with charset in its content type',
    post({ query: article }, { 'content-type': 'application/json; charset=utf-8' }),
  ],
  ['a POST asking for application/json only', post({ query: article }, { accept: 'application/json' })],
  [
    'a POST asking for graphql-response+json only',
    post({ query: '{ nope }' }, { accept: 'application/graphql-response+json' }),
  ],
  ['a POST with no Accept header', post({ query: '{ nope }' }, { accept: '' })],
  ['a POST asking for */*', post({ query: article }, { accept: '*/*' })],
  ['a POST asking for event streams', post({ query: article }, { accept: 'text/event-stream' })],
  ['a POST asking for XML (406)', post({ query: article }, { accept: 'application/xml' })],
  ['Spanish first', post({ query: article }, { 'accept-language': 'es' })],
  ['a syntax error', post({ query: '{ article(slug: ' })],
  ['an unknown field, with a suggestion', post({ query: '{ articlez { edges { cursor } } }' })],
  [
    'a wrong variable type',
    post({ query: 'query($n: Int) { articles(first: $n) { edges { cursor } } }', variables: { n: 'ten' } }),
  ],
  ['a missing operation name', post({ query: 'query A { __typename } query B { __typename }' })],
  [
    'a depth bomb',
    post({ query: `{ articles { edges { node { ${'relatedArticles { '.repeat(10)}id${' }'.repeat(10)} } } } }` }),
  ],
  ['a page size over the maximum', post({ query: '{ articles(first: 1000000) { edges { cursor } } }' })],
  ['a person that does not exist', post({ query: '{ person(slug: "nobody-at-all") { name } }' })],
  ['introspection', post({ query: '{ __schema { queryType { name } } }' })],
  ['operator data without a key', post({ query: '{ importRuns(first: 1) { edges { node { id } } } }' })],
  [
    'operator data with the key',
    post({ query: '{ importRuns(first: 1) { edges { node { id } } } }' }, { 'x-api-key': OPERATOR_KEY }),
  ],
  ['a GET with the operator key', get({ query: '{ __typename }' }, { 'x-api-key': OPERATOR_KEY })],
  ['a GET with an errors answer', get({ query: '{ person(slug: "nobody-at-all") { name } }' })],
  ['a mutation over GET', get({ query: 'mutation { __typename }' })],
  ['an unexpected parameter', post({ query: article, extra: 1 })],
  ['a query that is not a string', post({ query: 7 })],
  ['variables that are not an object', post({ query: article, variables: 'n=1' })],
  ['no query at all', post({ variables: {} })],
  ['a JSON array body', post([{ query: article }])],
  ['a JSON string body', post('"{ __typename }"')],
  ['malformed JSON', post('{"query": "{ articles')],
  ['malformed variables over GET', get({ query: article, variables: '{n:1' })],
  ['a GET without parameters', get({})],
  ['a persisted query the server has not seen', post({ extensions: persisted('{ __typename   }') })],
  ['a persisted query with a wrong hash', post({ query: '{ __typename }', extensions: persisted('{ other }') })],
  [
    'a persisted query over GET the server has not seen',
    get({ extensions: JSON.stringify(persisted('{ people { edges { cursor } } }')) }),
  ],
  ['a persisted query whose query is not a string', post({ query: { a: 1 }, extensions: persisted('{ __typename }') })],
  [
    'a page size over the cost limit sent as a variable',
    post({
      query:
        'query($n: Int = 1) { articles(first: 100) { edges { node { people { articles(first: $n) { edges { node { id headline } } } } } } } }',
      variables: { n: 100 },
    }),
  ],
  [
    'nodes with 101 ids',
    post({
      query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: Array.from({ length: 101 }, String) },
    }),
  ],
  ['brackets nested 2,000 deep', post({ query: `{ nodes(ids: ${'['.repeat(2000)}"x"${']'.repeat(2000)}) { id } }` })],
  [
    'a variable value with a hint',
    post({
      query: 'query($k: EventKind) { events(filter: { kind: $k }) { edges { cursor } } }',
      variables: { k: 'SUMIT' },
    }),
  ],
  ['a cross-origin POST (CORS)', post({ query: article }, { origin: 'https://app.example.com' })],
  ['a form POST (CSRF)', post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' })],
  ['GraphiQL', get({}, { accept: 'text/html' })],
];

/** `event` answered by each path; the fast lane's handler has seen `prime` first (its text's first sight). */
async function allPaths(paths: Paths, event: APIGatewayProxyEventV2, prime = event) {
  const first = await paths.fast(structuredClone(prime));
  const parses = envelopParses.count;
  const fast = await paths.fast(structuredClone(event));
  const lane = envelopParses.count === parses ? 'fast lane' : 'envelop';
  const direct = await paths.direct(structuredClone(event));
  const full = await paths.full(structuredClone(event));
  return { first, fast, direct, full, lane };
}

describe('the direct path and its fast lane answer as yoga does', () => {
  it.each(requests)('%s (development settings)', async (_, event) => {
    const { first, fast, direct, full } = await allPaths(trios.dev, event);
    expect(fast).toEqual(full);
    expect(first).toEqual(full);
    expect(direct).toEqual(full);
  });

  it.each(requests)('%s (production settings)', async (_, event) => {
    const { first, fast, direct, full } = await allPaths(trios.prod, event);
    expect(fast).toEqual(full);
    expect(first).toEqual(full);
    expect(direct).toEqual(full);
  });

  it('registers and then serves a persisted query, on a short GET a CDN can cache', async () => {
    for (const [name, handler] of Object.entries(trios.dev)) {
      const query = `{ article(slug: "${SLUG}") { headline } } # ${name}`;
      const register = await handler(post({ query, extensions: persisted(query) }));
      const short = await handler(get({ extensions: JSON.stringify(persisted(query)) }));

      expect(register.statusCode).toBe(200);
      expect(short.statusCode).toBe(200);
      expect(short.body).toBe(register.body);
      expect(short.headers?.etag).toMatch(/^"[\w-]{27}"$/);
    }
  });

  it('answers 304 to a GET whose ETag the client already has', async () => {
    const first = await trios.dev.fast(get({ query: article }));
    const again = await allPaths(trios.dev, get({ query: article }, { 'if-none-match': String(first.headers?.etag) }));

    expect(again.fast.statusCode).toBe(304);
    expect(again.lane).toBe('fast lane');
    expect(again.fast).toEqual(again.full);
    expect(again.direct).toEqual(again.full);
  });
});

describe('which requests take the direct path', () => {
  const took = async (event: APIGatewayProxyEventV2) => {
    const before = fullPath.requests;
    await trios.dev.fast(event);
    return fullPath.requests === before ? 'direct' : 'full';
  };

  it.each([
    ['a JSON POST query', post({ query: article }), 'direct'],
    ['a GET query', get({ query: article }), 'direct'],
    ['a validation error', post({ query: '{ nope }' }), 'direct'],
    // Answered by the handler's request checks (a 400 that quotes nothing), before either path.
    ['malformed JSON', post('{"query": '), 'direct'],
    ['a CORS request', post({ query: article }, { origin: 'https://app.example.com' }), 'full'],
    ['GraphiQL', get({}, { accept: 'text/html' }), 'full'],
  ] as const)('%s: %s', async (_, event, path) => {
    expect(await took(event)).toBe(path);
  });
});

describe('the fast lane answers the second sight of a text, including its errors', () => {
  const costly =
    'query($n: Int = 1) { articles(first: 10) { edges { node { people { articles(first: $n) { edges { node { id headline } } } } } } } }';
  const typed = 'query($n: Int) { articles(first: $n) { edges { cursor } } }';
  const hinted = 'query($k: EventKind) { events(filter: { kind: $k }) { edges { cursor } } }';
  const twoOperations = 'query A { __typename } query B { articles(first: 1) { edges { cursor } } }';
  const registered = `{ article(slug: "${SLUG}") { headline people { name } } } # fast lane`;
  const cases: [string, keyof typeof trios, APIGatewayProxyEventV2, APIGatewayProxyEventV2, string, RegExp][] = [
    [
      'an article page',
      'prod',
      post({ query: article }),
      post({ query: article }),
      'fast lane',
      /"headline":"North Korea/,
    ],
    [
      'a GET with variables and an operation name',
      'dev',
      get({ query: twoOperations, variables: '{"n":1}', operationName: 'B' }),
      post({ query: twoOperations, operationName: 'A' }),
      'fast lane',
      /"articles":\{"edges":\[\{"cursor"/,
    ],
    [
      'variables of the wrong type',
      'prod',
      post({ query: typed, variables: { n: 'ten' } }),
      post({ query: typed, variables: { n: 1 } }),
      'fast lane',
      /"code":"BAD_USER_INPUT"/,
    ],
    [
      'a variable value whose error would hint at the schema',
      'prod',
      post({ query: hinted, variables: { k: 'SUMIT' } }),
      post({ query: hinted }),
      'fast lane',
      /^(?!.*Did you mean).*"code":"BAD_USER_INPUT"/,
    ],
    [
      'a cost over the limit with the variables sent',
      'dev',
      post({ query: costly, variables: { n: 100 } }),
      post({ query: costly, variables: { n: 1 } }),
      'fast lane',
      /"code":"QUERY_TOO_COSTLY"/,
    ],
    [
      'a mutation by GET (yoga answers it)',
      'dev',
      get({ query: 'mutation { __typename }' }),
      post({ query: 'mutation { __typename }' }),
      'envelop',
      /Can only perform a mutation operation from a POST request/,
    ],
    [
      'an unknown operationName (yoga answers it)',
      'prod',
      post({ query: twoOperations, operationName: 'C' }),
      post({ query: twoOperations, operationName: 'A' }),
      'envelop',
      /"code":"OPERATION_RESOLUTION_FAILURE"/,
    ],
    [
      'an unexpected error, masked',
      'failing',
      post({ query: article }),
      post({ query: article }),
      'fast lane',
      /"message":"Unexpected error\.".*"code":"INTERNAL_SERVER_ERROR"/,
    ],
    [
      'a persisted query by its hash alone, after its registration',
      'dev',
      get({ extensions: JSON.stringify(persisted(registered)) }),
      post({ query: registered, extensions: persisted(registered) }),
      'fast lane',
      /"name":/,
    ],
    [
      'a persisted query registration (yoga answers it: its execution stores the query)',
      'dev',
      post({ query: registered, extensions: persisted(registered) }),
      post({ query: registered, extensions: persisted(registered) }),
      'envelop',
      /"headline":"North Korea/,
    ],
    [
      'a trusted document',
      'trusted',
      post({ extensions: persisted(TRUSTED) }),
      post({ extensions: persisted(TRUSTED) }),
      'fast lane',
      /"headline":"North Korea/,
    ],
    [
      'a query that is not a trusted document',
      'trusted',
      post({ query: TRUSTED }),
      post({ extensions: persisted(TRUSTED) }),
      'fast lane',
      /"code":"PERSISTED_QUERY_ONLY"/,
    ],
  ];

  it.each(cases)('%s (%s)', async (_, settingsName, event, prime, lane, body) => {
    const answers = await allPaths(trios[settingsName], event, prime);

    expect(answers.lane).toBe(lane);
    expect(answers.fast.body).toMatch(body);
    expect(answers.fast).toEqual(answers.full);
    expect(answers.direct).toEqual(answers.full);
  });
});
