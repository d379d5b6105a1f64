import { describe, expect, it } from 'vitest';
import { withHttpCaching } from '../../../src/http/caching.js';

const ok = (headers: Record<string, string> = {}) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json', ...headers },
  body: '{"data":{}}',
});
const request = { method: 'GET', header: () => undefined };
const policy = { maxAge: 60, staleWhileRevalidate: 300 };

describe('withHttpCaching', () => {
  it('varies on format and language when CORS is off', () => {
    expect(withHttpCaching(request, ok(), { ...policy, cors: false }, false).headers.vary).toBe(
      'Accept, Accept-Language',
    );
  });

  it('adds Origin when CORS is on, even for a request without one', () => {
    expect(withHttpCaching(request, ok(), { ...policy, cors: true }, false).headers.vary).toBe(
      'Accept, Accept-Language, Origin',
    );
  });

  it('keeps the Vary names the answer already had', () => {
    expect(
      withHttpCaching(request, ok({ vary: 'Origin, X-Custom' }), { ...policy, cors: false }, false).headers.vary,
    ).toBe('Accept, Accept-Language, Origin, X-Custom');
  });
});
