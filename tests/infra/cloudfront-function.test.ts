import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Headers = Record<string, { value: string }>;
const code = (
  parse(readFileSync(new URL('../../infra/cloudfront.yml', import.meta.url), 'utf8')) as { ViewerRequestCode: string }
).ViewerRequestCode;
// The function as CloudFront runs it: a script defining handler(event).
const handler = new Function(`${code}; return handler;`)() as (event: { request: { headers: Headers } }) => {
  headers: Headers;
};
const viewerRequest = (headers: Record<string, string>) =>
  handler({
    request: { headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, { value }])) },
  }).headers;

describe('the CDN viewer-request function', () => {
  it('reduces Accept-Language to its most preferred primary language', () => {
    expect(viewerRequest({ 'accept-language': 'pt-BR,pt;q=0.9,en-US;q=0.8' })['accept-language']).toEqual({
      value: 'pt',
    });
    expect(viewerRequest({ 'accept-language': 'en;q=0.5, es-MX' })['accept-language']).toEqual({ value: 'es' });
  });

  it('drops an Accept-Language with no usable language', () => {
    expect(viewerRequest({ 'accept-language': '*' })['accept-language']).toBeUndefined();
  });

  it("reduces Accept to the JSON media type the API will answer with, keeping GraphiQL's HTML", () => {
    expect(viewerRequest({ accept: 'application/graphql-response+json, application/json;q=0.9' }).accept).toEqual({
      value: 'application/graphql-response+json',
    });
    expect(viewerRequest({ accept: '*/*' }).accept).toEqual({ value: 'application/json' });
    expect(viewerRequest({ accept: 'text/html,application/xhtml+xml' }).accept).toEqual({ value: 'text/html' });
  });
});
