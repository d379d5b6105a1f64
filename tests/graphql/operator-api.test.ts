import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partialDate } from '../../src/domain/event.js';
import { createGraphQLApp } from '../../src/graphql/yoga.js';
import { importInputs } from '../../src/importers/importer.js';
import { makeEvent, makePerson } from '../support/factories.js';
import { fixtureInput } from '../support/fixtures.js';
import { bodyOf, handlerClient } from '../support/handler-client.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

const OPERATOR_KEY = 'test-operator-key-for-operator-api';
let table: TestTable;
let handler: typeof import('../../src/handlers/operator-graphql.js').handler;
const client = handlerClient(() => handler);
// The deployed route: POST /operator/graphql.
const onOperatorPath = (event: APIGatewayProxyEventV2) => {
  event.rawPath = '/operator/graphql';
  event.requestContext.http.path = '/operator/graphql';
};
const post = (body: unknown, headers: Record<string, string> = {}, change = (_: APIGatewayProxyEventV2) => {}) =>
  client.post(body, headers, (event) => {
    onOperatorPath(event);
    change(event);
  });

beforeAll(async () => {
  table = await createTestTable('operator-api');
  await importInputs(table, [fixtureInput('seed/north-korea-russia-ties.txt')], { source: 'test' });
  Object.assign(process.env, {
    TABLE_NAME: table.tableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    OPERATOR_API_KEY: OPERATOR_KEY,
  });
  ({ handler } = await import('../../src/handlers/operator-graphql.js'));
});
afterAll(() => table.drop());

const runs = { query: '{ importRuns(first: 1) { edges { node { status counts { written } } } } }' };

describe('the operator API', () => {
  it('is not built over read-only contexts, which have no commands for its mutations', () => {
    const settings = { ...table, graphiql: false, introspection: false, exposeLimits: false, corsOrigins: [] };

    expect(() => createGraphQLApp({ ...settings, operatorApi: true })).toThrow(/operatorContexts/);
    expect(createGraphQLApp(settings).graphqlEndpoint).toBe('/graphql');
  });

  it('answers 401 without credentials or with a wrong key, before any GraphQL runs', async () => {
    for (const headers of [{}, { 'x-api-key': 'wrong-key-but-long-enough' }] as Record<string, string>[]) {
      const result = await post(runs, headers);

      expect(result.statusCode).toBe(401);
      expect(bodyOf(result).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(bodyOf(result).data).toBeUndefined();
    }
  });

  it('serves import runs with the operator key, never cached', async () => {
    const result = await post(runs, { 'x-api-key': OPERATOR_KEY });

    expect(bodyOf(result).data.importRuns.edges[0].node).toEqual({ status: 'SUCCEEDED', counts: { written: 1 } });
    expect(result.headers?.['cache-control']).toBe('no-store');
  });

  it('serves a request API Gateway authorized with IAM', async () => {
    const result = await post(runs, {}, (event) => {
      (event.requestContext as unknown as { authorizer: unknown }).authorizer = {
        iam: { accountId: '123456789012', userArn: 'arn:aws:iam::123456789012:role/operator', userId: 'AROA…' },
      };
    });

    expect(bodyOf(result).data.importRuns.edges).toHaveLength(1);
  });

  it('serves the public fields too, so an editor finds an article and acts on it in one place', async () => {
    const result = await post(
      { query: '{ article(slug: "north-korea-wants-to-crash-bilateral-ties-with-russia") { headline } }' },
      { 'x-api-key': OPERATOR_KEY },
    );

    expect(bodyOf(result).data.article.headline).toBe('North Korea wants to crash bilateral ties with Russia');
  });
});

describe('the audit log', () => {
  const IAM_ARN = 'arn:aws:iam::123456789012:role/editor';
  const asIam = (event: APIGatewayProxyEventV2) => {
    (event.requestContext as unknown as { authorizer: unknown }).authorizer = {
      iam: { accountId: '123456789012', userArn: IAM_ARN, userId: 'AROA…' },
    };
  };
  const addNote = `mutation($id: ID!, $note: String!) {
    addAuditNote(entityId: $id, note: $note) { entityId operation actor reason }
  }`;
  const log = `query($id: ID!, $after: String) {
    auditLog(entityId: $id, first: 1, after: $after) {
      edges { node { operation actor reason at } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  let articleId: string;

  beforeAll(async () => {
    const found = await post(
      { query: '{ article(slug: "north-korea-wants-to-crash-bilateral-ties-with-russia") { id } }' },
      { 'x-api-key': OPERATOR_KEY },
    );
    articleId = bodyOf(found).data.article.id;
  });

  it('records who acted: "local operator" with the key, the principal ARN with IAM, newest first', async () => {
    await post(
      { query: addNote, variables: { id: articleId, note: '  checked with legal  ' } },
      {
        'x-api-key': OPERATOR_KEY,
      },
    );
    const byIam = await post({ query: addNote, variables: { id: articleId, note: 'second look' } }, {}, asIam);

    const first = await post({ query: log, variables: { id: articleId } }, { 'x-api-key': OPERATOR_KEY });
    const { endCursor } = bodyOf(first).data.auditLog.pageInfo;
    const second = await post(
      { query: log, variables: { id: articleId, after: endCursor } },
      { 'x-api-key': OPERATOR_KEY },
    );

    expect(bodyOf(byIam).data.addAuditNote).toEqual({
      entityId: articleId,
      operation: 'addAuditNote',
      actor: IAM_ARN,
      reason: 'second look',
    });
    expect(bodyOf(first).data.auditLog.edges[0].node).toMatchObject({ actor: IAM_ARN, reason: 'second look' });
    expect(bodyOf(first).data.auditLog.pageInfo.hasNextPage).toBe(true);
    expect(bodyOf(second).data.auditLog.edges[0].node).toMatchObject({
      actor: 'local operator',
      reason: 'checked with legal',
    });
  });

  it('refuses an empty note (BAD_USER_INPUT) and an unknown article (NOT_FOUND), writing nothing', async () => {
    const unknown = Buffer.from('Article:no-such-article').toString('base64');
    const empty = await post(
      { query: addNote, variables: { id: articleId, note: '   ' } },
      { 'x-api-key': OPERATOR_KEY },
    );
    const missing = await post(
      { query: addNote, variables: { id: unknown, note: 'x' } },
      { 'x-api-key': OPERATOR_KEY },
    );
    const notAnId = await post(
      { query: addNote, variables: { id: 'nonsense', note: 'x' } },
      { 'x-api-key': OPERATOR_KEY },
    );
    const logOfUnknown = await post({ query: log, variables: { id: unknown } }, { 'x-api-key': OPERATOR_KEY });

    expect(bodyOf(empty).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bodyOf(missing).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(bodyOf(notAnId).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bodyOf(logOfUnknown).data.auditLog.edges).toEqual([]);
  });
});

describe('editing people and events on the operator API', () => {
  const op = (query: string, variables: Record<string, unknown> = {}) =>
    post({ query, variables }, { 'x-api-key': OPERATOR_KEY }).then(bodyOf);

  it('merges two people: the old id answers with the survivor, and the audit log names the merge', async () => {
    await table.people.savePerson(makePerson('Sergei Lavrov'));
    await table.people.savePerson(makePerson('S. Lavrov'));

    const merged = await op(
      'mutation { mergePeople(into: "sergei-lavrov", from: "s-lavrov", reason: "duplicate") { complete person { id name aliases } } }',
    );
    const old = await op('{ person(slug: "s-lavrov") { name aliases } }');
    const log = await op('query($id: ID!) { auditLog(entityId: $id) { edges { node { operation reason after } } } }', {
      id: encodeGlobalID('Person', 's-lavrov'),
    });

    expect(merged.data.mergePeople).toMatchObject({
      complete: true,
      person: { name: 'Sergei Lavrov', aliases: ['S. Lavrov'] },
    });
    expect(old.data.person).toEqual({ name: 'Sergei Lavrov', aliases: ['S. Lavrov'] });
    expect(log.data.auditLog.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { operation: 'mergePeople', reason: 'duplicate', after: '{"mergedInto":"sergei-lavrov"}' },
    ]);
  });

  it('re-dates an event with a partial date and records the values before and after', async () => {
    await table.events.saveEvent(makeEvent('Eastern Economic Forum', { start: partialDate('1200-09', 'MONTH') }));

    const result = await op(
      'mutation { updateEvent(id: "eastern-economic-forum-1200-09", input: { start: "2023-09", place: { name: "Vladivostok" } }) { start { value precision } place { name } } }',
    );
    const log = await op('query($id: ID!) { auditLog(entityId: $id) { edges { node { operation before after } } } }', {
      id: encodeGlobalID('Event', 'eastern-economic-forum-1200-09'),
    });

    expect(result.data.updateEvent).toEqual({
      start: { value: '2023-09', precision: 'MONTH' },
      place: { name: 'Vladivostok' },
    });
    const [entry] = log.data.auditLog.edges;
    expect(JSON.parse(entry.node.before)).toEqual({ start: { value: '1200-09', precision: 'MONTH' }, place: null });
    expect(JSON.parse(entry.node.after)).toEqual({
      start: { value: '2023-09', precision: 'MONTH' },
      place: { name: 'Vladivostok' },
    });
  });

  it('refuses a delete without a reason, a bad date and an unknown person, with their codes', async () => {
    const noReason = await op('mutation { deletePerson(id: "sergei-lavrov", reason: " ") { complete } }');
    const badDate = await op('mutation { updateEvent(id: "x", input: { start: "April 2019" }) { name } }');
    const unknown = await op('mutation { updatePerson(id: "nobody-known", input: { description: "x" }) { name } }');

    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await table.people.getWithEvents('sergei-lavrov'))?.person.name).toBe('Sergei Lavrov');
  });
});
