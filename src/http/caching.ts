import { createHash } from 'node:crypto';
import type { HttpResult } from './api-gateway.js';

export interface CachePolicy {
  maxAge: number;
  staleWhileRevalidate: number;
  /** CORS origins are configured: answers differ by Origin (CORS headers or none). */
  cors: boolean;
}

/** What caching needs to know of the request: its method and a case-insensitive header lookup. */
export interface CachedRequest {
  method: string;
  header(name: string): string | null | undefined;
}

const isJson = (type: string) =>
  type.startsWith('application/json') || type.startsWith('application/graphql-response+json');

/**
 * Successful public GET queries become cacheable (by browsers and a CDN): Cache-Control with
 * stale-while-revalidate, an ETag, and 304 for a matching If-None-Match. Errors, operator requests
 * and POSTs are never cached. Other responses (GraphiQL assets) keep their own headers. Takes over
 * `result`: the handler passes the one it built for this request.
 */
export function withHttpCaching(
  request: CachedRequest,
  result: HttpResult,
  policy: CachePolicy,
  operator: boolean,
): HttpResult {
  if (!isJson(result.headers['content-type'] ?? '')) return result;
  const body = result.body ?? '';
  if (
    request.method !== 'GET' ||
    result.statusCode !== 200 ||
    operator ||
    request.header('x-api-key') ||
    hasErrors(body)
  ) {
    // The result is this request's own: one header set in place (copying the result was ~4% of `{ __typename }`).
    result.headers['cache-control'] = 'no-store';
    return result;
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers: HttpResult['headers'] = {
    ...result.headers,
    'cache-control': `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`,
    etag,
    // The answer depends on these request headers: format and language negotiation, and with CORS on,
    // the Origin (a shared cache must never hand one origin's CORS answer to another).
    vary: mergeVary(
      result.headers.vary,
      policy.cors ? ['Accept', 'Accept-Language', 'Origin'] : ['Accept', 'Accept-Language'],
    ),
  };
  const ifNoneMatch = request.header('if-none-match');
  if (
    ifNoneMatch
      ?.split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .includes(etag)
  ) {
    delete headers['content-type'];
    delete headers['content-length'];
    return { ...result, statusCode: 304, headers, body: '' };
  }
  return { ...result, headers };
}

/** The union of the Vary names the answer already has (yoga's CORS adds Origin) and ours. */
function mergeVary(existing: string | undefined, ours: readonly string[]): string {
  const names = [...ours];
  for (const name of (existing ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)) {
    if (!names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names.join(', ');
}

function hasErrors(body: string): boolean {
  if (!body.includes('"errors"')) return false;
  try {
    return Array.isArray((JSON.parse(body) as { errors?: unknown }).errors);
  } catch {
    return true;
  }
}
