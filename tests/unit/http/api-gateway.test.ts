import { describe, expect, it } from 'vitest';
import { toRequest, toResult } from '../../../src/http/api-gateway.js';
import { httpApiEvent } from '../../support/events.js';

describe('toRequest', () => {
  it('rebuilds the URL with path and query string', () => {
    const request = toRequest(httpApiEvent('get-query'));
    expect(request.method).toBe('GET');
    expect(new URL(request.url).searchParams.get('query')).toBe(
      '{ articles(first: 1) { edges { node { headline dateline } } } }',
    );
    expect(new URL(request.url).host).toBe('abc123def4.execute-api.us-east-1.amazonaws.com');
  });

  it('puts payload 2.0 cookies back into the cookie header', () => {
    const request = toRequest(httpApiEvent('post-json'));
    expect(request.headers.get('cookie')).toBe('session=abc123; theme=dark');
  });

  it('decodes base64 bodies', async () => {
    const request = toRequest(
      httpApiEvent('post-json', (event) => {
        event.body = Buffer.from('{"query":"{ __typename }"}').toString('base64');
        event.isBase64Encoded = true;
      }),
    );
    expect(await request.text()).toBe('{"query":"{ __typename }"}');
  });
});

describe('toResult', () => {
  it('keeps JSON as text and moves Set-Cookie to cookies', async () => {
    const headers = new Headers({ 'content-type': 'application/json' });
    headers.append('set-cookie', 'a=1');
    headers.append('set-cookie', 'b=2');
    const result = await toResult(new Response('{"data":{}}', { status: 200, headers }));
    expect(result).toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      cookies: ['a=1', 'b=2'],
      body: '{"data":{}}',
      isBase64Encoded: false,
    });
  });

  it('base64-encodes compressed bodies', async () => {
    const bytes = new Uint8Array([0x1f, 0x8b, 0x08, 0x00]);
    const result = await toResult(
      new Response(bytes, { headers: { 'content-type': 'text/javascript', 'content-encoding': 'gzip' } }),
    );
    expect(result.isBase64Encoded).toBe(true);
    expect(Buffer.from(result.body ?? '', 'base64')).toEqual(Buffer.from(bytes));
  });
});
