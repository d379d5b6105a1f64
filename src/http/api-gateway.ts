import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { LIMITS } from '../graphql/limits.js';

/** A handler result whose header names are lower case, as both handler paths write them. */
export type HttpResult = APIGatewayProxyStructuredResultV2 & { headers: Record<string, string> };

const TEXT_TYPES = /^(text\/|application\/(json|graphql-response\+json|javascript|xml)|image\/svg)/;

/**
 * An API Gateway HTTP API (payload 2.0) event as a Fetch Request. Pass the server's own Request class
 * (yoga's fetchAPI): Node's built-in one costs more per request (streams for every body).
 */
export function toRequest(event: APIGatewayProxyEventV2, RequestClass: typeof Request = Request): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers.set(name, value);
  }
  // Payload 2.0 moves cookies out of the headers; yoga and plugins expect them back in.
  if (event.cookies?.length) headers.set('cookie', event.cookies.join('; '));
  const host = headers.get('host') ?? event.requestContext.domainName ?? 'localhost';
  const protocol = headers.get('x-forwarded-proto') ?? 'https';
  const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
  const method = event.requestContext.http.method;
  const hasBody = event.body !== undefined && event.body !== null && method !== 'GET' && method !== 'HEAD';
  return new RequestClass(`${protocol}://${host}${event.rawPath}${query}`, {
    method,
    headers,
    ...(hasBody ? { body: event.isBase64Encoded ? Buffer.from(event.body as string, 'base64') : event.body } : {}),
  });
}

/** A Fetch Response as the HTTP API result: text stays text, anything else (gzip, images) goes base64. */
export async function toResult(response: Response): Promise<HttpResult> {
  const headers: Record<string, string> = {};
  // whatwg-node's Headers keep the case they were set with; results use lower case throughout.
  response.headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (lower !== 'set-cookie') headers[lower] = value;
  });
  const cookies = response.headers.getSetCookie?.() ?? [];
  const isText = !headers['content-encoding'] && TEXT_TYPES.test(headers['content-type'] ?? 'text/plain');
  return {
    statusCode: response.status,
    headers,
    ...(cookies.length ? { cookies } : {}),
    body: isText ? await response.text() : Buffer.from(await response.arrayBuffer()).toString('base64'),
    isBase64Encoded: !isText,
  };
}

/** 413 for a body over the limit, decided before anything parses it. */
export function rejectOversizedBody(event: APIGatewayProxyEventV2): APIGatewayProxyStructuredResultV2 | undefined {
  if (!event.body) return undefined;
  const bytes = event.isBase64Encoded ? Math.floor((event.body.length * 3) / 4) : Buffer.byteLength(event.body, 'utf8');
  if (bytes <= LIMITS.maxBodyBytes) return undefined;
  return {
    statusCode: 413,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: JSON.stringify({ errors: [{ message: `request body of ${bytes} bytes exceeds the limit of ${LIMITS.maxBodyBytes}`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }),
    isBase64Encoded: false,
  };
}
