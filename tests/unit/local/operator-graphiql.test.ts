import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { operatorGraphiQL } from '../../../src/local/operator-graphiql.js';
import { httpApiEvent } from '../../support/events.js';

const KEY = 'local-operator-key-for-the-page';

/** A browser's GET of the operator path, from `sourceIp`. */
const browserGet = (sourceIp: string, change: (event: APIGatewayProxyEventV2) => void = () => {}) =>
  httpApiEvent('get-query', (event) => {
    event.rawPath = '/operator/graphql';
    event.rawQueryString = '';
    event.requestContext.http.method = 'GET';
    event.requestContext.http.sourceIp = sourceIp;
    event.headers = { accept: 'text/html,application/xhtml+xml' };
    change(event);
  });

describe('the local operator GraphiQL', () => {
  it('serves GraphiQL on the operator endpoint with the key in its headers and the public assets', () => {
    const result = operatorGraphiQL(browserGet('127.0.0.1'), KEY);

    expect(result?.statusCode).toBe(200);
    expect(result?.headers?.['cache-control']).toBe('no-store');
    expect(result?.body).toContain('"endpoint":"/operator/graphql"');
    expect(result?.body).toContain(`\\"x-api-key\\": \\"${KEY}\\"`);
    expect(result?.body).toContain('<base href="/graphql" />');
  });

  it('leaves GraphQL requests and other machines to the operator handler (its key check answers them)', () => {
    const post = browserGet('127.0.0.1', (event) => {
      event.requestContext.http.method = 'POST';
    });
    const query = browserGet('::1', (event) => {
      event.rawQueryString = 'query=%7B__typename%7D';
    });

    expect(operatorGraphiQL(browserGet('192.168.1.20'), KEY)).toBeUndefined();
    expect(operatorGraphiQL(post, KEY)).toBeUndefined();
    expect(operatorGraphiQL(query, KEY)).toBeUndefined();
    expect(operatorGraphiQL(browserGet('::1'), KEY)?.statusCode).toBe(200);
  });
});
