import { createHash } from 'node:crypto';

export interface CachePolicy {
  maxAge: number;
  staleWhileRevalidate: number;
}

const JSON_TYPE = /^application\/(graphql-response\+)?json/;

/**
 * Successful public GET queries become cacheable (by browsers and a CDN): Cache-Control with
 * stale-while-revalidate, an ETag, and 304 for a matching If-None-Match. Errors, operator requests
 * and POSTs are never cached. Other responses (GraphiQL assets) keep their own headers.
 */
export async function withHttpCaching(request: Request, response: Response, policy: CachePolicy, operator: boolean, ResponseClass: typeof Response = Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  if (!JSON_TYPE.test(type)) return response;
  if (request.method !== 'GET' || response.status !== 200 || operator || request.headers.has('x-api-key')) {
    response.headers.set('cache-control', 'no-store');
    return response;
  }
  const headers = new Headers(response.headers);
  const body = await response.text();
  if (hasErrors(body)) {
    headers.set('cache-control', 'no-store');
    return new ResponseClass(body, { status: response.status, headers });
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  headers.set('cache-control', `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`);
  headers.set('etag', etag);
  // The answer depends on these request headers (format and language negotiation).
  headers.set('vary', 'Accept, Accept-Language');
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, '')).includes(etag)) {
    headers.delete('content-type');
    headers.delete('content-length');
    return new ResponseClass(null, { status: 304, headers });
  }
  return new ResponseClass(body, { status: 200, headers });
}

function hasErrors(body: string): boolean {
  if (!body.includes('"errors"')) return false;
  try {
    return Array.isArray((JSON.parse(body) as { errors?: unknown }).errors);
  } catch {
    return true;
  }
}
