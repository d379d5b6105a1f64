import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { LIMITS } from '../graphql/limits.js';
import { clientError } from './request-checks.js';

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
  const host = safeHost(headers.get('host')) ?? event.requestContext.domainName ?? 'localhost';
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

const HOST = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/** The Host header when it is a host name or address (with an optional port); undefined otherwise. */
export function safeHost(host: string | null | undefined): string | undefined {
  return host && HOST.test(host) ? host : undefined;
}

/** 413 for a body over the limit, decided before anything parses it; prod does not state the limit. */
export function rejectOversizedBody(event: APIGatewayProxyEventV2, exposeLimits = true): HttpResult | undefined {
  if (!event.body) return undefined;
  const bytes = event.isBase64Encoded ? Math.floor((event.body.length * 3) / 4) : Buffer.byteLength(event.body, 'utf8');
  if (bytes <= LIMITS.maxBodyBytes) return undefined;
  const message = exposeLimits
    ? `request body of ${bytes} bytes exceeds the limit of ${LIMITS.maxBodyBytes}`
    : 'request body is too large';
  return clientError(413, 'PAYLOAD_TOO_LARGE', message);
}
