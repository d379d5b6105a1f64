import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createGraphQLApp } from '../../src/graphql/yoga.js';
import { createDirectPath } from '../../src/http/direct-path.js';
import { createFastLane } from '../../src/http/fast-lane.js';
import { URLPattern as URLPatternStandIn } from '../../src/lambda-shims/urlpattern.js';

/**
 * Two pieces of own code reach into library internals (README, "Own code instead of a library"): the direct
 * path into yoga's pipeline and the DocumentClient that sends lib-dynamodb's commands through a cached
 * middleware stack. Both libraries are pinned to exact versions; these tests fail loudly when an upgrade
 * changes what the forks use, instead of the direct path silently falling back or items marshalling wrongly.
 */
const FORKED = ['graphql-yoga', '@aws-sdk/lib-dynamodb', '@aws-sdk/client-dynamodb'];
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const require = createRequire(import.meta.url);
/** An app with production switches and no repositories: only its yoga members are looked at. */
const bareApp = () =>
  createGraphQLApp({
    graphiql: false,
    introspection: false,
    exposeLimits: false,
    corsOrigins: [],
  } as unknown as Parameters<typeof createGraphQLApp>[0]);

describe('the libraries the forks depend on', () => {
  it.each(FORKED)('%s is pinned to the exact version installed', (name) => {
    const pinned = manifest.dependencies[name];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = (require(`${name}/package.json`) as { version: string }).version;
    expect(installed).toBe(pinned);
  });

  it('yoga still has the members the direct path calls, so the direct path is in use', () => {
    const app = bareApp();
    const internals = app as unknown as Record<string, unknown>;
    expect(typeof internals.getResultForParams).toBe('function');
    expect(Array.isArray(internals.onResultProcessHooks)).toBe(true);
    expect(createDirectPath(app, { cors: false })).toBeTypeOf('function');
  });

  it('yoga still has the members the fast lane calls, with the hooks its list accounts for', () => {
    const app = bareApp();
    const internals = app as unknown as Record<string, unknown[]>;
    expect(createFastLane(app)).toBeTypeOf('function');
    // src/http/fast-lane.ts lists what each hook does on the lane: a new hook needs a line there.
    expect(internals.onParamsHooks).toHaveLength(2);
    expect(internals.onExecutionResultHooks).toHaveLength(0);
  });

  const commands = {
    GetCommand: new GetCommand({ TableName: 't', Key: { PK: 'a' } }),
    PutCommand: new PutCommand({ TableName: 't', Item: { PK: 'a' } }),
    UpdateCommand: new UpdateCommand({ TableName: 't', Key: { PK: 'a' }, UpdateExpression: 'SET x = :x' }),
    DeleteCommand: new DeleteCommand({ TableName: 't', Key: { PK: 'a' } }),
    QueryCommand: new QueryCommand({ TableName: 't', KeyConditionExpression: 'PK = :p' }),
    ScanCommand: new ScanCommand({ TableName: 't' }),
    BatchGetCommand: new BatchGetCommand({ RequestItems: { t: { Keys: [{ PK: 'a' }] } } }),
    BatchWriteCommand: new BatchWriteCommand({ RequestItems: { t: [{ PutRequest: { Item: { PK: 'a' } } }] } }),
    TransactWriteCommand: new TransactWriteCommand({ TransactItems: [{ Put: { TableName: 't', Item: { PK: 'a' } } }] }),
  };

  it.each(Object.entries(commands))(
    "lib-dynamodb's %s still carries the key-node tables and base command the DocumentClient reads",
    (_name, command) => {
      const shape = command as unknown as Record<string, unknown> & { clientCommand?: { constructor: unknown } };
      expect(shape.inputKeyNodes).toBeTypeOf('object');
      expect(shape.outputKeyNodes).toBeTypeOf('object');
      const base = shape.clientCommand?.constructor as { name: string } | undefined;
      expect(base).toBeTypeOf('function');
      expect(base?.name).toMatch(/^[A-Z][A-Za-z]+Command$/);
    },
  );
});

describe('the URLPattern stand-in of Lambda bundles (src/lambda-shims/urlpattern.ts)', () => {
  const { URLPattern: Polyfill } = require('urlpattern-polyfill') as {
    URLPattern: new (init: { pathname: string }) => { test(input: string): boolean };
  };
  const urls = ['/graphql', '/graphql/', '/graphql?query=x', '/graphqlx', '/operator/graphql', '/other', '/'];

  it.each(['/graphql', '/operator/graphql'])('matches what the polyfill matches for the endpoint %s', (pathname) => {
    const standIn = new URLPatternStandIn({ pathname });
    const polyfill = new Polyfill({ pathname });
    const matches = (pattern: { test(input: string): boolean }) =>
      urls.filter((path) => pattern.test(`https://api.example.com${path}`));

    expect(matches(standIn)).toEqual(matches(polyfill));
    expect(matches(standIn)).toEqual(
      pathname === '/graphql' ? ['/graphql', '/graphql?query=x'] : ['/operator/graphql'],
    );
  });

  it('refuses a pattern it cannot match (an endpoint with pattern syntax)', () => {
    expect(() => new URLPatternStandIn({ pathname: '/graphql/:version' })).toThrow(TypeError);
  });
});
